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
 *   tsx scripts/search-index.ts <built site folder>
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { SEARCH_FILES, shardLanguage, shardSizes, type SearchManifest } from '../src/lib/search-files.ts';
import {
  searchDocumentHtml,
  searchDocumentOf,
  sortDateOf,
  type SearchDocument,
} from './lib/search-documents.ts';
import { foldTableFor } from './lib/search-fold.ts';

const BIN = resolve(import.meta.dirname, '../node_modules/.bin');

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

export async function buildSearchIndex(
  site: string,
): Promise<{ pages: number; shards: number; ok: boolean }> {
  const files = (await glob('**/*.html', { cwd: site, ignore: ['pagefind/**'] })).sort();
  const documents: { file: string; document: SearchDocument }[] = [];
  const characters = new Set<string>();
  for (const file of files) {
    const document = searchDocumentOf(readFileSync(join(site, file), 'utf8'));
    if (!document) continue;
    documents.push({ file, document });
    for (const block of document.blocks) for (const char of block.text) characters.add(char);
  }
  // Oldest first, so a new installment changes only the newest shard.
  documents.sort(
    (a, b) => sortDateOf(a.document).localeCompare(sortDateOf(b.document)) || a.file.localeCompare(b.file),
  );
  // An archive with nothing published yet has nothing to index; the search page says so instead.
  if (documents.length === 0) {
    const empty: SearchManifest = { shards: [], fold: {} };
    mkdirSync(dirname(join(site, SEARCH_FILES.manifest)), { recursive: true });
    writeFileSync(join(site, SEARCH_FILES.manifest), JSON.stringify(empty));
    return { pages: 0, shards: 0, ok: true };
  }
  const { shards, size } = shardSizes(documents.length);
  for (let shard = 0; shard < shards; shard++) {
    const work = mkdtempSync(join(tmpdir(), 'hemei-search-documents-'));
    try {
      for (const { file, document } of documents.slice(shard * size, (shard + 1) * size)) {
        const target = join(work, file);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, searchDocumentHtml(document, shardLanguage(shard)));
      }
      const output = join(site, shardFolder(shard));
      const result = spawnSync(join(BIN, 'pagefind'), ['--site', work, '--output-path', output, '--quiet'], {
        stdio: 'inherit',
        env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
      });
      if (result.status !== 0) return { pages: documents.length, shards, ok: false };
      const unused =
        shard === 0
          ? UNUSED_PAGEFIND_FILES
          : [...UNUSED_PAGEFIND_FILES, 'pagefind.js', 'pagefind-highlight.js'];
      for (const file of unused) rmSync(join(output, file), { force: true });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const manifest: SearchManifest = {
    shards: Array.from({ length: shards }, (_, n) => shardFolder(n)),
    fold: foldTableFor(characters),
  };
  writeFileSync(join(site, SEARCH_FILES.manifest), JSON.stringify(manifest));
  return { pages: documents.length, shards, ok: true };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const site = process.argv[2];
  if (!site) {
    console.error('用法：tsx scripts/search-index.ts <构建好的站点文件夹>');
    process.exit(2);
  }
  const { pages, shards, ok } = await buildSearchIndex(resolve(site));
  if (!ok) process.exit(1);
  console.log(
    `搜索索引：${pages} 篇报道，${shards} 个分片 → ${relative(process.cwd(), join(site, SEARCH_FILES.index)) || '.'}`,
  );
}
