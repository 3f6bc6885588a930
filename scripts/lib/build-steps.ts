/**
 * The steps of a build, shared by `npm run build` (scripts/build.ts) and the
 * benchmark (scripts/bench.ts), so the bench measures exactly what editors run.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BRIEF_INDEX_CHUNK_SIZE, FULL_TEXT_ONLY, SEARCH_BUNDLES } from '../../src/lib/search-scope.ts';

/**
 * Modules Astro generates in the project's .astro/ folder from its content cache, and does not
 * rewrite when that cache says nothing changed. Every build of this project shares that folder,
 * whichever content and cache folders it uses (tests and the bench build other content), so a
 * warm build could pick up another content folder's list of images and fail. Removing them before
 * `astro build` makes every build write its own.
 */
const SHARED_CONTENT_MODULES = ['content-assets.mjs', 'content-modules.mjs'];

/** Run before every `astro build` (see SHARED_CONTENT_MODULES). */
export function forgetSharedContentModules(projectRoot: string): void {
  for (const file of SHARED_CONTENT_MODULES) rmSync(join(projectRoot, '.astro', file), { force: true });
}

/**
 * What every `astro build` runs with. Rolldown (Vite's bundler) allocates with
 * mimalloc, which by default keeps freed pages for a while; at 10,000 articles
 * that kept about 0.7 GB of the bundling phase's memory resident into page
 * rendering. A purge delay of 0 hands them back at once (docs/benchmarks.md).
 */
export const ASTRO_BUILD_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
};

/** One Pagefind run: a label for logs, its arguments and its extra environment. */
export interface PagefindRun {
  label: string;
  args: string[];
  env: Record<string, string>;
}

/** The two search indexes of src/lib/search-scope.ts, built from the same pages. */
export function pagefindRuns(site: string): PagefindRun[] {
  return [
    {
      label: '全文索引',
      args: ['--site', site, '--output-subdir', SEARCH_BUNDLES.full],
      env: {},
    },
    {
      label: '标题和摘要索引',
      args: [
        '--site',
        site,
        '--output-subdir',
        SEARCH_BUNDLES.brief,
        '--exclude-selectors',
        `[${FULL_TEXT_ONLY}]`,
      ],
      env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(BRIEF_INDEX_CHUNK_SIZE) },
    },
  ];
}
