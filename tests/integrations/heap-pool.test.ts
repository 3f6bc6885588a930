/**
 * The image service's memory release (src/integrations/heap-pool.ts, src/integrations/image-service.ts):
 * pooled heap pages go back to the system, and the service still encodes exactly as Astro's sharp
 * service does. The effect on a whole build is a benchmark (docs/benchmarks.md), not a test.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import { describe, expect, it, vi } from 'vitest';

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

describe('the image service', () => {
  it('releases the pool once, before its first encode, and encodes as Astro’s sharp service does', async () => {
    vi.resetModules();
    const release = vi.fn();
    vi.doMock('../../src/integrations/heap-pool', () => ({ releaseHeapPool: release }));
    const { default: service } = await import('../../src/integrations/image-service');
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c04030' } })
      .jpeg()
      .toBuffer();
    const transform = { src: 'cover.jpg', width: 32, format: 'webp' as const };
    const config = { service: { entrypoint: '', config: {} } } as Parameters<typeof service.transform>[2];
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() } as unknown as Parameters<
      typeof service.transform
    >[3];

    const first = await service.transform(photo, transform, config, logger);
    expect(release).toHaveBeenCalledTimes(1);
    await service.transform(photo, transform, config, logger);
    expect(release).toHaveBeenCalledTimes(1);

    const astros = await sharpService.transform(photo, transform, config, logger);
    expect(first.format).toBe('webp');
    expect(Buffer.from(first.data).equals(Buffer.from(astros.data))).toBe(true);
    vi.doUnmock('../../src/integrations/heap-pool');
  });
});
