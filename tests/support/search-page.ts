/** Drives the built /search/ page the way a reader does and reads its results. */
import type { Page } from 'playwright-core';

/** Waits until the search page has results or has said there are none. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.search-result').length > 0 ||
      /没有找到|请输入/.test(document.querySelector('#search-status')?.textContent ?? ''),
    null,
    { timeout: 15_000 },
  );
}

/** Paths of the results shown, in order, without the highlight parameter. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('.search-result h2 a', (links) =>
    links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname),
  );
}
