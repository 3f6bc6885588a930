/**
 * The steps of a build, shared by `npm run build` (scripts/build.ts) and the
 * benchmark (bench/bench.ts), so the bench measures exactly what editors run.
 */
import { resolve } from 'node:path';

/**
 * What every `astro build` runs with. Rolldown (Vite's bundler) allocates with
 * mimalloc, which by default keeps freed pages for a while; at 10,000 articles
 * that kept about 0.7 GB of the bundling phase's memory resident into page
 * rendering. A purge delay of 0 hands them back at once (docs/benchmarks.md).
 */
export const ASTRO_BUILD_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
};

/**
 * A step of the build after `astro build`: a label for logs, and a script Node runs as it is
 * (Node strips the types itself; starting tsx would cost about a second and a half).
 */
export interface BuildStep {
  label: string;
  script: string;
  args: string[];
}

/** The search index for a built site (scripts/search-index.ts: search documents, then Pagefind). */
export function searchIndexStep(site: string): BuildStep {
  return {
    label: '建立搜索索引',
    script: resolve(import.meta.dirname, '../search-index.ts'),
    args: [site],
  };
}
