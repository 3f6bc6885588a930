/**
 * The site's image service: Astro's sharp service, which first gives back the memory page
 * rendering left behind (issue 14, docs/benchmarks.md "The JS heap's page pool").
 *
 * Astro encodes images only after every page is rendered, and no integration hook runs in between.
 * The pages' garbage stayed resident in V8's page pool through the whole image step, where sharp's
 * own memory comes on top (src/integrations/heap-pool.ts). So the first encode of a build empties
 * the pool (half a second at 1,000 installments). In `astro dev` it happens once, at the first
 * image shown.
 */
import sharpService from 'astro/assets/services/sharp';
import type { LocalImageService } from 'astro';
import { releaseHeapPool } from './heap-pool';

let released = false;

const service: LocalImageService = {
  ...sharpService,
  async transform(inputBuffer, transform, config, logger) {
    if (!released) {
      released = true;
      releaseHeapPool();
    }
    return sharpService.transform(inputBuffer, transform, config, logger);
  },
};

export default service;
