/**
 * Loads articles into the content store: each folder's index.mdx frontmatter, checked by the
 * collection's schema, plus the photos its body imports.
 *
 * Not Astro's glob() loader: glob() gives every MDX entry a render module, and 10,000 of them,
 * with their compiled MDX, held more than 2 GB while the site was bundled (docs/benchmarks.md).
 * Article pages compile the body themselves (src/data/article-body.ts).
 */
import { readFile } from 'node:fs/promises';
import { matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { entryId } from '../content-layout';
import { figureCredits, photoPaths } from '../lib/mdx-body';
import { formatReport } from '../lib/problems';
import { readEntry } from '../validation/read-entry';
import { decodeOrThrow } from '../validation/read-text';

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Bump when the loader's fields change: a stored entry of an older shape is then read again
 * even though its file did not change (the store outlives builds in the cache folder).
 */
const ENTRY_SHAPE = 'photos,figureCredits';

/** Files read in parallel. */
const READ_AT_ONCE = 16;

export function articleLoader({ base, pattern }: { base: string; pattern: string }): Loader {
  return {
    name: 'hemei:article-loader',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      /** A file's path under the articles folder, e.g. 2026-05-13-x/index.mdx. */
      const underBase = (path: string) => toPosix(relative(base, path));

      /** Reads one article; returns its id. */
      async function sync(absolutePath: string): Promise<string> {
        const file = toPosix(relative(root, absolutePath));
        const id = entryId(underBase(absolutePath));
        const text = decodeOrThrow(file, await readFile(absolutePath));
        const digest = generateDigest(`${ENTRY_SHAPE}\n${text}`);
        const stored = store.get(id);
        if (stored?.digest === digest && stored.filePath === file) return id;
        const entry = readEntry(file, text);
        if (entry.data === undefined || entry.problems.length > 0) {
          // The content check stops a build before this; `astro dev` shows it and keeps serving.
          throw new Error(formatReport(entry.problems));
        }
        const data = await parseData({
          id,
          // `photos` and `figureCredits` are the loader's fields in articleEntrySchema.
          data: {
            ...(entry.data as Record<string, unknown>),
            photos: photoPaths(entry.body),
            figureCredits: figureCredits(entry.body),
          },
          filePath: absolutePath,
        });
        store.set({ id, data, filePath: file, digest });
        return id;
      }

      const files = (await glob(pattern, { cwd: base, absolute: true, expandDirectories: false })).sort();
      const found = new Set<string>();
      // A few files at a time, as Astro's glob() does: 10,000 open at once can run out of file handles.
      for (let start = 0; start < files.length; start += READ_AT_ONCE) {
        for (const id of await Promise.all(files.slice(start, start + READ_AT_ONCE).map(sync))) found.add(id);
      }
      for (const id of store.keys()) if (!found.has(id)) store.delete(id);

      if (!watcher) return;
      watcher.add(base);
      const isArticle = (path: string) => {
        const rel = underBase(path);
        return !rel.startsWith('..') && matchesGlob(rel, pattern);
      };
      const resync = (path: string) => {
        if (!isArticle(path)) return;
        sync(path).catch((error: unknown) => logger.error(String((error as Error).message ?? error)));
      };
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', (path) => {
        if (isArticle(path)) store.delete(entryId(underBase(path)));
      });
    },
  };
}
