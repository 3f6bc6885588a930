/**
 * The steps of a build, shared by `npm run build` (scripts/build.ts) and the
 * benchmark (scripts/bench.ts), so the bench measures exactly what editors run.
 */
import { BRIEF_INDEX_CHUNK_SIZE, FULL_TEXT_ONLY, SEARCH_BUNDLES } from '../../src/lib/search-scope.ts';

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
