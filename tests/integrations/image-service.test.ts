/**
 * The site's image service (src/integrations/image-service.ts): it releases the heap pool once,
 * before its first encode, and encodes exactly as Astro's sharp service does.
 */
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import { describe, expect, it, vi } from 'vitest';

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
