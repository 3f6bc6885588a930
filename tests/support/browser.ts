/**
 * Headless Chromium for browser tests: Debian's chromium driven by
 * playwright-core (Playwright's own browser download cannot work on these
 * machines). Where none is installed the tests are skipped with a hint,
 * except under CI=true, where a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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
