/**
 * A site published under a sub-path (a GitHub project page, say) still links
 * correctly and still finds its search index.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../support/browser';
import { buildSite, FIXTURE_CONTENT } from '../support/build-site';
import { resultPaths, waitForResults } from '../support/search-page';

const BASE = '/hemei/';

describe.skipIf(!chromiumPath)('under a sub-path', () => {
  let browser: Browser;
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    const result = buildSite(FIXTURE_CONTENT, { SITE_BASE: BASE });
    if (!result.ok) throw new Error(result.output.slice(-4000));
    const files = sirv(result.outDir, { extensions: ['html'] });
    server = createServer((req, res) => {
      if (!req.url?.startsWith(BASE)) {
        res.statusCode = 404;
        res.end();
        return;
      }
      req.url = req.url.slice(BASE.length - 1);
      files(req, res, () => {
        res.statusCode = 404;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('searches from the header and opens a result, all under the sub-path', async () => {
    const page = await browser.newPage();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(r.url());
    });
    await page.goto(`${origin}${BASE}`, { waitUntil: 'load' });
    // 长辈模式's script loads from under the sub-path too (a 404 would be in `missing`) and runs.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-reading-mode'))).toBe(true);
    await page.fill('#site-search', '电梯');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(new RegExp(`${BASE}search/`));
    await waitForResults(page);
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.startsWith(BASE)).toBe(true);
    await page.click('.search-result h2 a');
    await page.waitForSelector('h1');
    expect(new URL(page.url()).pathname.startsWith(`${BASE}articles/`)).toBe(true);
    expect(missing).toEqual([]);
    await page.close();
  });
});
