/**
 * What a reader's first search downloads: serves a built site, opens
 * /search/?q=… in headless Chromium, and adds up what came from the search
 * indexes. Each query is measured twice: as a reader's first search (the
 * brief index) and with the scope set to the full text (&scope=full).
 *
 *   npm run bench:search -- <dist folder> [query …]
 *
 * Pagefind's index and fragment files are stored compressed, so their sizes
 * are what travels; pagefind.js and the WebAssembly are cacheable and counted
 * apart, and so are filter files, which the search page loads only when a
 * reader opens the filters (a site built before that change loads them at once).
 */
import { launchChromium, serveFolder } from './lib/chromium';

const [dir, ...queries] = process.argv.slice(2);
if (!dir) {
  console.error('用法：npm run bench:search -- <dist 文件夹> [查询词 …]');
  process.exit(2);
}
const { origin, close } = await serveFolder(dir);
const browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

console.log(
  '| query | scope | results | index + fragments + meta KB | filters KB | pagefind.js + wasm + worker KB | requests |',
);
console.log('|---|---|---:|---:|---:|---:|---:|');
const searches = (queries.length ? queries : ['府城街道', '志愿服务站', '电梯']).flatMap((query) => [
  { query, scope: 'brief' },
  { query, scope: 'full' },
]);
for (const { query, scope } of searches) {
  const page = await browser.newPage();
  const sizes = { data: 0, filters: 0, code: 0, requests: 0 };
  page.on('response', async (response) => {
    if (!/\/pagefind(-brief)?\//.test(response.url())) return;
    const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
    sizes.requests++;
    const path = new URL(response.url()).pathname;
    if (/\.pf_filter$/.test(path)) sizes.filters += bytes;
    else if (/\.(js|pagefind)$/.test(path)) sizes.code += bytes;
    else sizes.data += bytes;
  });
  const params = new URLSearchParams({ q: query, ...(scope === 'full' ? { scope } : {}) });
  await page.goto(`${origin}/search/?${params.toString()}`, { waitUntil: 'load' });
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
  const scopeLabel = scope === 'full' ? 'full text' : 'brief';
  console.log(
    `| ${query} | ${scopeLabel} | ${results} | ${(sizes.data / 1024).toFixed(1)} | ${(sizes.filters / 1024).toFixed(1)} | ${(sizes.code / 1024).toFixed(1)} | ${sizes.requests} |`,
  );
  await page.close();
}
await browser.close();
await close();
