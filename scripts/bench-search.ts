/**
 * What a reader's first search downloads: serves a built site, opens
 * /search/?q=… in headless Chromium, and adds up what came from /pagefind/.
 *
 *   npm run bench:search -- <dist folder> [query …]
 *
 * Pagefind's index and fragment files are stored compressed, so their sizes
 * are what travels; pagefind.js and the WebAssembly are cacheable and counted
 * apart, and so are filter files, which the search page loads only when a
 * reader opens the filters (a site built before that change loads them at once).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const [dir, ...queries] = process.argv.slice(2);
if (!dir) {
  console.error('用法：npm run bench:search -- <dist 文件夹> [查询词 …]');
  process.exit(2);
}
const files = sirv(dir, { extensions: ['html'] });
const server = createServer((req, res) =>
  files(req, res, () => {
    res.statusCode = 404;
    res.end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});

console.log(
  '| query | results | index + fragments + meta KB | filters KB | pagefind.js + wasm + worker KB | requests |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const query of queries.length ? queries : ['府城街道', '志愿服务站', '电梯']) {
  const page = await browser.newPage();
  const sizes = { data: 0, filters: 0, code: 0, requests: 0 };
  page.on('response', async (response) => {
    if (!response.url().includes('/pagefind/')) return;
    const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
    sizes.requests++;
    const path = new URL(response.url()).pathname;
    if (/\.pf_filter$/.test(path)) sizes.filters += bytes;
    else if (/\.(js|pagefind)$/.test(path)) sizes.code += bytes;
    else sizes.data += bytes;
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.search-result').length > 0 ||
      /没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''),
    null,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
  const status = (await page.textContent('#search-status')) ?? '';
  const results = status.match(/(\d+) 条/)?.[1] ?? '0';
  console.log(
    `| ${query} | ${results} | ${(sizes.data / 1024).toFixed(1)} | ${(sizes.filters / 1024).toFixed(1)} | ${(sizes.code / 1024).toFixed(1)} | ${sizes.requests} |`,
  );
  await page.close();
}
await browser.close();
server.close();
