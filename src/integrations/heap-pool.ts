/**
 * Gives the JS heap's pooled pages back to the system between the build's phases (issue 14,
 * docs/benchmarks.md "The JS heap's page pool").
 *
 * Node 24's V8 keeps the heap pages a garbage collection frees in a pool for reuse, and hands them
 * back only on a memory-reducing collection, which a busy build never triggers. So each phase's
 * garbage stayed resident through the phases after it: at 10,000 installments the content sync
 * left 1.2 GB in the pool through bundling (where the bundler's own memory comes on top), and page
 * rendering left its own through the image step (sharp's). The build releases the pool after the
 * content sync (this integration) and before the first encode (src/integrations/image-service.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';

/** V8's `gc()`, with the options of its gc extension. */
type CollectGarbage = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Runs V8's last-resort collection, the one that also empties the page pool. `gc()` exists only
 * with --expose-gc; setting the flag now exposes it to new contexts (as jest-leak-detector does), so
 * no command that builds has to pass it.
 */
export function releaseHeapPool(): void {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as CollectGarbage;
  collectGarbage({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** Releases the pool when the build starts bundling, after Astro has synced the content. */
export function heapPoolRelease(): AstroIntegration {
  return {
    name: 'hemei:heap-pool-release',
    hooks: {
      'astro:build:start': () => releaseHeapPool(),
    },
  };
}
