/**
 * Headless Chromium for browser tests: Debian's chromium driven by
 * playwright-core (Playwright's own browser download cannot work on these
 * machines). Where none is installed the tests are skipped with a hint,
 * except under CI=true, where a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';

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
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Serves a built site on a free loopback port, as a static host would. */
export async function serveSite(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

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
