/**
 * What a reader's first search downloads: serves a built site, opens
 * /search/?q=… in headless Chromium, and adds up what the search fetched:
 * Pagefind's index, page lists and fragments, the search manifest and
 * names, and the code (pagefind.js, its WebAssembly and our search worker).
 *
 *   npm run bench:search -- <dist folder> [--throttle 4] [query …]
 *
 * Pagefind's index and fragment files are stored compressed, so their sizes
 * are what travels; JSON and JavaScript are counted gzipped, as any host
 * that compresses text sends them. Filter files are counted apart: the page
 * loads them only when a reader filters.
 *
 * With --corpus N it measures relevance too: it generates N installments
 * (seed 7, or --seed S), imports the real newspaper page beside them
 * (bench/lib/relevance-corpus.ts), builds that into a temporary folder, runs
 * every query of bench/lib/relevance-queries.ts as a reader's first search
 * and prints, per query, the rank of the expected installment, precision at 5
 * and what the search downloaded, then the first-hit rate and the mean
 * precision at 5 (and the failures). --keep leaves the corpus and dist.
 *
 *   flock /tmp/hemei-build.lock npm run bench:search -- --corpus 1000
 */
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveFolder } from './lib/chromium.ts';
import {
  buildContentFolder,
  RELEVANCE_SEED,
  temporaryContentDir,
  writeRelevanceCorpus,
} from './lib/relevance-corpus.ts';
import { RELEVANCE_QUERIES } from './lib/relevance-queries.ts';
import {
  builtPageTexts,
  formatRelevanceReport,
  PRECISION_AT,
  runQuery,
  summarize,
  type QueryOutcome,
} from './lib/relevance-score.ts';

const USAGE = `用法：npm run bench:search -- <dist 文件夹> [--throttle 4] [查询词 …]
      npm run bench:search -- --corpus N [--seed S] [--keep]
      npm run bench:search -- --dist <用 --keep 留下的 dist>   （在已建好的相关性语料上重测）   （生成 N 篇 + 导入报纸版面，构建后测相关性；请用 flock /tmp/hemei-build.lock 包住）`;

interface Transfer {
  data: number;
  filters: number;
  code: number;
  requests: number;
}

/** What a search fetches: everything under pagefind/, the names, and the search worker. */
const SEARCH_REQUEST = /\/pagefind\/|\/search-names\.json$|\/search-worker[^/]*\.js$/;

/**
 * Adds up what the page downloads from the search indexes from now on; call
 * `done()` after the page has settled to get the sizes in bytes.
 */
function trackSearchTransfer(page: Page): { done: () => Promise<Transfer> } {
  const sizes: Transfer = { data: 0, filters: 0, code: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!SEARCH_REQUEST.test(new URL(response.url()).pathname)) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const bytes = /\.(js|json)$/.test(new URL(response.url()).pathname)
          ? gzipSync(body).length
          : body.length;
        sizes.requests++;
        const path = new URL(response.url()).pathname;
        if (/\.pf_filter$/.test(path)) sizes.filters += bytes;
        else if (/\.(js|pagefind)$/.test(path)) sizes.code += bytes;
        else sizes.data += bytes;
      })(),
    );
  });
  return {
    done: async () => {
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      return sizes;
    },
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * A new page; with `throttle`, its CPU is slowed that many times (Chrome's
 * CPU throttling, as DevTools does it), like a weak phone.
 */
async function newPage(browser: Browser, throttle: number): Promise<Page> {
  const page = await browser.newPage();
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return page;
}

/** Each query as a reader's first search: answers, what was downloaded, and how long until the results showed. */
async function measureSizes(browser: Browser, origin: string, queries: readonly string[], throttle: number) {
  console.log(
    '| query | answers | index + fragments + meta KB | code KB | total KB | filters KB | requests | first search ms |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const totals: number[] = [];
  for (const query of queries.length ? queries : ['府城街道', '志愿服务站', '电梯']) {
    const page = await newPage(browser, throttle);
    const transfer = trackSearchTransfer(page);
    const started = performance.now();
    await page.goto(`${origin}/search/?${new URLSearchParams({ q: query }).toString()}`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => document.getElementById('search-app')?.dataset.state === 'done', null, {
      timeout: 120_000,
    });
    const elapsed = performance.now() - started;
    const sizes = await transfer.done();
    const status = (await page.textContent('#search-status')) ?? '';
    const answers = status.match(/找到 (\d+) 篇/)?.[1] ?? '0';
    totals.push(sizes.data + sizes.code);
    console.log(
      `| ${query} | ${answers} | ${kb(sizes.data)} | ${kb(sizes.code)} | ${kb(sizes.data + sizes.code)} | ${kb(sizes.filters)} | ${sizes.requests} | ${elapsed.toFixed(0)} |`,
    );
    await page.close();
  }
  console.log(`\n${transferSummary(totals)}`);
}

/** Median and largest first-search download, in KB. */
function transferSummary(totals: readonly number[]): string {
  const sorted = [...totals].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return `first search total: median ${kb(median)} KB, max ${kb(sorted.at(-1) ?? 0)} KB over ${totals.length} queries`;
}

/** --corpus N: builds the relevance corpus and runs the whole query set as first searches. */
async function measureRelevance(count: number, seed: number, keep: boolean) {
  const contentDir = temporaryContentDir('hemei-bench-relevance-');
  const root = dirname(contentDir);
  const started = performance.now();
  const corpus = await writeRelevanceCorpus({ count, seed, out: contentDir });
  const dist = join(root, 'dist');
  const build = buildContentFolder(contentDir, dist);
  if (!build.ok) {
    console.error(`构建失败：\n${build.output.slice(-6000)}`);
    if (!keep) rmSync(root, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(
    `corpus: ${count} generated (seed ${seed}) + ${corpus.stories.length} stories of the imported page, ` +
      `written and built in ${((performance.now() - started) / 1000).toFixed(0)} s${keep ? `: ${root}` : ''}\n`,
  );
  await runRelevance(dist);
  if (!keep) rmSync(root, { recursive: true, force: true });
}

/**
 * The whole query set as first searches against a built relevance corpus:
 * rank, first hit, precision at 5 and what each search downloaded, with
 * totals and failures. (--dist DIR reruns it on a corpus kept with --keep.)
 */
async function runRelevance(dist: string) {
  const { origin, close } = await serveFolder(dist);
  const browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const textOf = builtPageTexts(dist);
  console.log(
    `| query | kind | rank | first hit | P@${PRECISION_AT} | shown | index + fragments + meta KB | code KB | total KB | requests |`,
  );
  console.log('|---|---|---:|---|---:|---:|---:|---:|---:|---:|');
  const totals: number[] = [];
  const outcomes: QueryOutcome[] = [];
  for (const query of RELEVANCE_QUERIES) {
    const page = await browser.newPage();
    const transfer = trackSearchTransfer(page);
    const outcome = await runQuery(page, origin, query, textOf, 60_000);
    const sizes = await transfer.done();
    const { results } = outcome;
    outcomes.push(outcome);
    console.log(
      `| ${query.query} | ${query.kind} | ${outcome.rank || '—'} | ${outcome.firstHit ? 'yes' : 'no'} | ` +
        `${outcome.precision.toFixed(2)} | ${results.length} | ${kb(sizes.data)} | ${kb(sizes.code)} | ` +
        `${kb(sizes.data + sizes.code)} | ${sizes.requests} |`,
    );
    totals.push(sizes.data + sizes.code);
    await page.close();
  }
  console.log(`\n${formatRelevanceReport(summarize(outcomes))}`);
  console.log(transferSummary(totals));
  await browser.close();
  await close();
}

let values: {
  corpus?: string | undefined;
  seed?: string | undefined;
  keep?: boolean | undefined;
  throttle?: string | undefined;
  dist?: string | undefined;
};
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean' },
      throttle: { type: 'string' },
      dist: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

if (values.dist !== undefined) {
  await runRelevance(values.dist);
} else if (values.corpus !== undefined) {
  const count = Number(values.corpus);
  const seed = values.seed === undefined ? RELEVANCE_SEED : Number(values.seed);
  if (!/^\d+$/.test(values.corpus) || count < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error(USAGE);
    process.exit(2);
  }
  await measureRelevance(count, seed, values.keep ?? false);
} else {
  const [dir, ...queries] = positionals;
  if (!dir) {
    console.error(USAGE);
    process.exit(2);
  }
  const { origin, close } = await serveFolder(dir);
  const browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  await measureSizes(browser, origin, queries, Number(values.throttle ?? 1));
  await browser.close();
  await close();
}
