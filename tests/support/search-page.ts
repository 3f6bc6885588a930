/** Drives the built /search/ page the way a reader does and reads its results. */
import type { Page } from 'playwright-core';

/** Waits until the search page has shown the results of its current search (or said there are none). */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('search-app')?.dataset.state === 'done', null, {
    timeout: 30_000,
  });
}

/** Paths of the answers shown, in order, without the highlight parameter. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname),
  );
}
