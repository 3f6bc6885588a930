/**
 * Share images cost about 85 ms each to draw, and the same input always gives
 * the same bytes, so they are kept between builds in the cache folder, keyed
 * by a hash of what is drawn. A rebuild draws only new or changed ones.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { siteConfig } from '../site-config';

/** Bump when the drawing changes, so every cached image is redrawn (3: emoji left out, headlines kept in words). */
const DRAWING_VERSION = '3';

/** The cache folder: the build's cache folder (SITE_CACHE_DIR, or Astro's default) / share-images. */
export function shareCacheFolder(): string {
  return resolve(siteConfig.cacheDir, 'share-images');
}

/** Draws under way, by key: the page, the feeds and the card of one article ask for it at once. */
const pending = new Map<string, Promise<Buffer>>();

/** The cached image for `input`, drawing and storing it on a miss. */
export function cachedImage(
  input: unknown,
  draw: () => Promise<Buffer>,
  folder = shareCacheFolder(),
): Promise<Buffer> {
  const key = createHash('sha256').update(DRAWING_VERSION).update(JSON.stringify(input)).digest('hex');
  const file = join(folder, `${key}.png`);
  const inFlight = pending.get(file);
  if (inFlight) return inFlight;
  const work = (async () => {
    try {
      return await readFile(file);
    } catch {
      const image = await draw();
      await mkdir(folder, { recursive: true });
      // Write then rename, so a build stopped midway never leaves half an image behind.
      const partial = `${file}.${randomUUID()}.tmp`;
      await writeFile(partial, image);
      await rename(partial, file);
      return image;
    }
  })().finally(() => pending.delete(file));
  pending.set(file, work);
  return work;
}
