/**
 * The heap-pool release (src/integrations/heap-pool.ts): pooled heap pages go back to the system,
 * from the function and from the integration's hook. tests/integrations/image-service.test.ts checks
 * the release before the first encode. The effect on a whole build is a benchmark
 * (docs/benchmarks.md), not a test.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const heapPool = pathToFileURL(resolve(import.meta.dirname, '../../src/integrations/heap-pool.ts')).href;

/** A Node process that fills the heap, lets an ordinary collection free it, then runs `release`. */
const scenario = (release: string) => `
import { heapPoolRelease, releaseHeapPool } from ${JSON.stringify(heapPool)};
const residentMb = () => process.memoryUsage().rss / 2 ** 20;
let pages = Array.from({ length: 3_000_000 }, (_, i) => ({ i, html: 'p' + i }));
const filled = residentMb();
pages = undefined;
globalThis.gc();
const collected = residentMb();
const liveMb = process.memoryUsage().heapUsed / 2 ** 20;
${release};
console.log(JSON.stringify({ filled, collected, liveMb, released: residentMb() }));
`;

const run = (release: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', scenario(release)], {
      encoding: 'utf8',
    }),
  ) as Record<'filled' | 'collected' | 'liveMb' | 'released', number>;

describe('releaseHeapPool', () => {
  it('gives back the memory an ordinary collection keeps pooled', () => {
    const { filled, collected, liveMb, released } = run('releaseHeapPool()');
    // The situation after a phase of the build: little is alive, but the freed pages stay resident.
    expect(liveMb).toBeLessThan(50);
    expect(collected).toBeGreaterThan(filled * 0.7);
    // After the release most of it is gone.
    expect(released).toBeLessThan(collected - 150);
  });

  it('runs when the build starts bundling (the integration in astro.config.mjs)', () => {
    const { collected, released } = run("await heapPoolRelease().hooks['astro:build:start']?.({})");
    expect(released).toBeLessThan(collected - 150);
  });
});
