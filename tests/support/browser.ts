/**
 * Headless Chromium for browser tests: Debian's chromium driven by
 * playwright-core (Playwright's own browser download cannot work on these
 * machines). Where none is installed the tests are skipped with a hint,
 * except under CI=true, where a missing browser fails the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveFolder } from '../../bench/lib/chromium';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p),
);

export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

export const HOW_TO_GET_CHROMIUM =
  '找不到 Chromium，浏览器测试已跳过。安装方法：apt-get update && apt-get install -y chromium（或用 CHROMIUM_PATH 指定可执行文件）';

if (!chromiumPath) {
  if (process.env.CI === 'true') throw new Error(`CI=true 时浏览器测试必须运行。${HOW_TO_GET_CHROMIUM}`);
  console.warn(`\n${HOW_TO_GET_CHROMIUM}\n`);
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium(chromiumPath!);
}

/** Serves a built site on a free loopback port, as a static host would. */
export const serveSite = serveFolder;

/**
 * For a describe block: serves the built site and starts Chromium before its
 * tests, stops both after. Read `origin` and `browser` inside the tests.
 */
export function useSiteInBrowser(siteDir: () => string): { browser: Browser; origin: string } {
  const context = {} as { browser: Browser; origin: string };
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite(siteDir());
    context.origin = site.origin;
    context.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context.browser?.close();
    await site?.close();
  });
  return context;
}

const fontsource = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'));
/**
 * The @font-face rules of Noto Sans SC, regular and bold, named as a phone's system fonts (its
 * glyphs stand in for the serif too: every Chinese character is one em wide in both).
 */
const fontFaces = ['400.css', '700.css']
  .map((file) => readFileSync(join(fontsource, file), 'utf8'))
  .join('\n')
  .replaceAll('url(./files/', 'url(/__system-font/');
const CHINESE_FONT_FACES = ['Noto Sans CJK SC', 'Noto Serif CJK SC']
  .map((name) => fontFaces.replaceAll("'Noto Sans SC'", `'${name}'`))
  .join('\n');

/**
 * A page that lays Chinese out as a phone does. Test machines often have no Chinese font, and
 * Chromium then draws narrow boxes, so a row that would wrap on a phone fits in the test. This
 * gives the page Android's Noto Sans CJK SC (from @fontsource, the same glyphs) under the name the
 * site's font stack already lists, appended to the site's own stylesheet: the site is unchanged.
 */
export async function newReaderPage(
  browser: Browser,
  options: BrowserContextOptions & {
    /** CSS a reader's own settings add after the site's, e.g. WCAG 1.4.12's text spacing. */
    readerCss?: string;
    /** A script run before each page's own, e.g. a 长辈模式 chosen on an earlier visit. */
    before?: string;
  } = {},
): Promise<Page> {
  const { readerCss = '', before, ...contextOptions } = options;
  const page = await browser.newPage(contextOptions);
  if (before) await page.addInitScript(before);
  await page.route('**/_astro/*.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n${CHINESE_FONT_FACES}\n${readerCss}` });
  });
  await page.route('**/__system-font/*', (route) =>
    route.fulfill({
      contentType: 'font/woff2',
      body: readFileSync(
        join(fontsource, 'files', new URL(route.request().url()).pathname.split('/').pop()!),
      ),
    }),
  );
  return page;
}

/** After load: waits until every Chinese font piece the page uses has arrived. */
export async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Fonts load as layout meets their characters; ask for every piece the page's text needs at once.
    const text = document.body.textContent ?? '';
    await Promise.all(
      ['Noto Sans CJK SC', 'Noto Serif CJK SC'].flatMap((family) =>
        ['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "${family}"`, text)),
      ),
    );
    await document.fonts.ready;
  });
}
