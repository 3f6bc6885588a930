/**
 * Builds the site's search index from a built site (a step of npm run build,
 * scripts/lib/build-steps.ts): reads every page Pagefind would index and
 * makes its search document (scripts/lib/search-documents.ts), orders them
 * oldest first, and runs Pagefind once per shard of at most SHARD_PAGES
 * (Pagefind holds every page of a run in memory). The first shard goes to
 * the site's pagefind/ folder with Pagefind's code, later ones to
 * pagefind/shard-N/. Then writes the manifest the search page reads: the
 * shards and the traditional-character table for the characters used.
 *
 * Each shard's output is kept in the build cache (<cache folder>/search-shards/,
 * keyed by Pagefind's version, its settings and every document of the shard),
 * so a rebuild runs Pagefind only for shards whose pages changed: adding an
 * installment re-indexes the newest shard alone. Each page's document is kept
 * too (<cache folder>/search-documents/, keyed by its HTML), so only pages
 * that changed are read again.
 *
 *   tsx scripts/search-index.ts <built site folder>
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import {
  SEARCH_FILES,
  SHARD_PAGES,
  shardLanguage,
  shardSizes,
  type SearchManifest,
} from '../src/lib/search-files.ts';
import {
  SEARCH_DOCUMENT_SOURCES,
  searchDocumentBody,
  searchDocumentOf,
  searchDocumentPage,
  sortDateOf,
  type SearchDocument,
} from './lib/search-documents.ts';
import { siteConfig } from '../src/site-config.ts';
import { foldTableFor } from './lib/search-fold.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
/** The cache's folder under the build's cache folder (siteConfig.cacheDir). */
export const SHARD_CACHE_FOLDER = 'search-shards';
/** The folder of the pages' search documents under the build's cache folder. */
export const DOCUMENT_CACHE_FOLDER = 'search-documents';
/** Bumped when what this script writes into a shard changes without its documents changing. */
const SHARD_CACHE_VERSION = 1;

/** Pagefind's own user interfaces: the site uses none of them, and readers never download them. */
const UNUSED_PAGEFIND_FILES = [
  // Pagefind runs inside our own worker (src/scripts/search-worker.ts), so it never starts its own.
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/**
 * Word occurrences per index chunk (Pagefind's default is 20,000). A query
 * term fetches one chunk per shard; each chunk costs about 14 bytes in the
 * page list every search loads. At 5,000 a term costs about 8 KB a shard
 * (docs/benchmarks.md). Pagefind 1.6 reads it from an undocumented variable;
 * without it the index still works, with bigger chunks.
 */
const INDEX_CHUNK_SIZE = 5000;

/** The folder of shard n under the site root. */
const shardFolder = (n: number) => (n === 0 ? SEARCH_FILES.index : `${SEARCH_FILES.index}shard-${n}/`);

/** What a run did. */
export interface SearchIndexResult {
  pages: number;
  shards: number;
  /** Shards copied from the cache, Pagefind not run. */
  reused: number;
  /** Pages whose search document came from the cache, unread. */
  pagesFromCache: number;
  ok: boolean;
}

/** A page's search document and the body Pagefind indexes for it, as the cache keeps them. */
interface IndexedPage {
  document: SearchDocument;
  body: string;
}

/** The version of the Pagefind that indexes: its output format belongs in the cache key. */
function pagefindVersion(): string {
  const manifest = resolve(import.meta.dirname, '../node_modules/pagefind/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * What keys a page's cached document besides its HTML: the code that reads it
 * (SEARCH_DOCUMENT_SOURCES) and the HTML parser's version.
 */
function documentCodeKey(): string {
  const hash = createHash('sha256');
  for (const source of SEARCH_DOCUMENT_SOURCES)
    hash.update(`${source}\0${readFileSync(join(ROOT, source))}\0`);
  const parser = JSON.parse(readFileSync(join(ROOT, 'node_modules/htmlparser2/package.json'), 'utf8')) as {
    version: string;
  };
  return hash.update(`htmlparser2 ${parser.version}`).digest('hex');
}

/**
 * Reads the site's pages into search documents. A page's document and body
 * are kept in the cache by a hash of its HTML and of the code that reads it:
 * adding an installment changes a few dozen pages, and reading one costs
 * about 2 ms (20 s at 10,000 pages). Pages the cache did not need are removed.
 */
function readPages(site: string, files: string[], cacheDir: string) {
  const folder = join(cacheDir, DOCUMENT_CACHE_FOLDER);
  mkdirSync(folder, { recursive: true });
  const code = documentCodeKey();
  const kept = new Set<string>();
  const pages: (IndexedPage & { file: string })[] = [];
  let fromCache = 0;
  for (const file of files) {
    const html = readFileSync(join(site, file), 'utf8');
    // Most list pages have no search body; no need to parse them to find that out.
    if (!html.includes('data-pagefind-body')) continue;
    const entry = `${createHash('sha256').update(code).update(html).digest('hex').slice(0, 32)}.json`;
    kept.add(entry);
    let page: IndexedPage | null;
    try {
      page = JSON.parse(readFileSync(join(folder, entry), 'utf8')) as IndexedPage | null;
      fromCache++;
    } catch {
      // Not cached yet, or a half-written entry from a stopped build: read the page.
      const document = searchDocumentOf(html);
      page = document ? { document, body: searchDocumentBody(document) } : null;
      writeFileSync(join(folder, entry), JSON.stringify(page));
    }
    if (page) pages.push({ file, ...page });
  }
  for (const entry of readdirSync(folder)) if (!kept.has(entry)) rmSync(join(folder, entry), { force: true });
  return { pages, fromCache };
}

export async function buildSearchIndex(
  site: string,
  {
    shardPages = SHARD_PAGES,
    cacheDir = resolve(siteConfig.cacheDir),
  }: { shardPages?: number; cacheDir?: string } = {},
): Promise<SearchIndexResult> {
  const files = (await glob('**/*.html', { cwd: site, ignore: ['pagefind/**'] })).sort();
  const { pages: documents, fromCache: pagesFromCache } = readPages(site, files, cacheDir);
  const characters = new Set<string>();
  for (const { document } of documents)
    for (const block of document.blocks) for (const char of block.text) characters.add(char);
  // Oldest first, so a new installment changes only the newest shard.
  documents.sort(
    (a, b) => sortDateOf(a.document).localeCompare(sortDateOf(b.document)) || a.file.localeCompare(b.file),
  );
  // An archive with nothing published yet has nothing to index; the search page says so instead.
  if (documents.length === 0) {
    const empty: SearchManifest = { shards: [], fold: {} };
    mkdirSync(dirname(join(site, SEARCH_FILES.manifest)), { recursive: true });
    writeFileSync(join(site, SEARCH_FILES.manifest), JSON.stringify(empty));
    return { pages: 0, shards: 0, reused: 0, pagesFromCache, ok: true };
  }
  const { shards, size } = shardSizes(documents.length, shardPages);
  const shardCache = join(cacheDir, SHARD_CACHE_FOLDER);
  const settings = `${SHARD_CACHE_VERSION} pagefind ${pagefindVersion()} chunk ${INDEX_CHUNK_SIZE}`;
  const kept = new Set<string>();
  let reused = 0;
  for (let shard = 0; shard < shards; shard++) {
    const language = shardLanguage(shard);
    const pages = documents
      .slice(shard * size, (shard + 1) * size)
      .map(({ file, body }) => ({ file, html: searchDocumentPage(body, language) }));
    const key = createHash('sha256').update(`${settings} shard ${shard}\n`);
    for (const { file, html } of pages) key.update(`${file}\0${html}\0`);
    const cached = join(shardCache, key.digest('hex').slice(0, 32));
    kept.add(cached);
    const output = join(site, shardFolder(shard));
    if (existsSync(join(cached, 'pagefind-entry.json'))) {
      cpSync(cached, output, { recursive: true });
      reused++;
      continue;
    }
    const work = mkdtempSync(join(tmpdir(), 'hemei-search-documents-'));
    try {
      for (const { file, html } of pages) {
        const target = join(work, file);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, html);
      }
      const result = spawnSync(join(BIN, 'pagefind'), ['--site', work, '--output-path', output, '--quiet'], {
        stdio: 'inherit',
        env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
      });
      if (result.status !== 0) return { pages: documents.length, shards, reused, pagesFromCache, ok: false };
      const unused =
        shard === 0
          ? UNUSED_PAGEFIND_FILES
          : [...UNUSED_PAGEFIND_FILES, 'pagefind.js', 'pagefind-highlight.js'];
      for (const file of unused) rmSync(join(output, file), { force: true });
      // Later shards' folders sit inside the first's; the cache keeps each shard's own files.
      rmSync(cached, { recursive: true, force: true });
      cpSync(output, cached, { recursive: true, filter: (from) => !/[\\/]shard-\d+$/.test(from) });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  // Shards no build will ask for again: the cache holds this build's shards only.
  for (const entry of existsSync(shardCache) ? readdirSync(shardCache) : []) {
    if (!kept.has(join(shardCache, entry))) rmSync(join(shardCache, entry), { recursive: true, force: true });
  }
  const manifest: SearchManifest = {
    shards: Array.from({ length: shards }, (_, n) => shardFolder(n)),
    fold: foldTableFor(characters),
  };
  writeFileSync(join(site, SEARCH_FILES.manifest), JSON.stringify(manifest));
  return { pages: documents.length, shards, reused, pagesFromCache, ok: true };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const site = process.argv[2];
  if (!site) {
    console.error('用法：tsx scripts/search-index.ts <构建好的站点文件夹>');
    process.exit(2);
  }
  const { pages, shards, reused, pagesFromCache, ok } = await buildSearchIndex(resolve(site));
  if (!ok) process.exit(1);
  console.log(
    `搜索索引：${pages} 篇报道${pagesFromCache ? `（${pagesFromCache} 篇没有变化，用缓存）` : ''}，${shards} 个分片${reused ? `（${reused} 个没有变化，用缓存）` : ''} → ${relative(process.cwd(), join(site, SEARCH_FILES.index)) || '.'}`,
  );
}
