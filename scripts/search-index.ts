/**
 * Builds the site's search index from a built site (a step of npm run build,
 * scripts/lib/build-steps.ts): reads every page Pagefind would index, writes
 * the search document of each (scripts/lib/search-documents.ts) into a
 * temporary folder, runs Pagefind on that folder with its output in the
 * site's pagefind/ folder, and writes the traditional-character table for
 * the characters the site uses.
 *
 *   tsx scripts/search-index.ts <built site folder>
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { SEARCH_FILES } from '../src/lib/search-files.ts';
import { searchDocumentHtml, searchDocumentOf } from './lib/search-documents.ts';
import { foldTableFor } from './lib/search-fold.ts';

const BIN = resolve(import.meta.dirname, '../node_modules/.bin');

/** Pagefind's own user interfaces: the site uses none of them, and readers never download them. */
const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

export async function buildSearchIndex(site: string): Promise<{ pages: number; ok: boolean }> {
  const work = mkdtempSync(join(tmpdir(), 'hemei-search-documents-'));
  try {
    const files = await glob('**/*.html', { cwd: site, ignore: ['pagefind/**'] });
    files.sort();
    let pages = 0;
    const characters = new Set<string>();
    for (const file of files) {
      const document = searchDocumentOf(readFileSync(join(site, file), 'utf8'));
      if (!document) continue;
      pages++;
      for (const block of document.blocks) for (const char of block.text) characters.add(char);
      const target = join(work, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, searchDocumentHtml(document));
    }
    const output = join(site, SEARCH_FILES.index);
    const result = spawnSync(join(BIN, 'pagefind'), ['--site', work, '--output-path', output, '--quiet'], {
      stdio: 'inherit',
    });
    if (result.status !== 0) return { pages, ok: false };
    for (const file of UNUSED_PAGEFIND_FILES) rmSync(join(output, file), { force: true });
    writeFileSync(join(site, SEARCH_FILES.fold), JSON.stringify(foldTableFor(characters)));
    return { pages, ok: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const site = process.argv[2];
  if (!site) {
    console.error('用法：tsx scripts/search-index.ts <构建好的站点文件夹>');
    process.exit(2);
  }
  const { pages, ok } = await buildSearchIndex(resolve(site));
  if (!ok) process.exit(1);
  console.log(
    `搜索索引：${pages} 个页面 → ${relative(process.cwd(), join(site, SEARCH_FILES.index)) || '.'}`,
  );
}
