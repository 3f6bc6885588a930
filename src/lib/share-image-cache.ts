/**
 * Share images cost about 85 ms each to draw, and the same input always gives
 * the same bytes, so they are kept between builds in the cache folder, keyed
 * by a hash of what is drawn. A rebuild draws only new or changed ones.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Bump when the drawing changes, so every cached image is redrawn. */
const DRAWING_VERSION = '1';

const folder = resolve(process.env.SITE_CACHE_DIR ?? 'node_modules/.astro', 'share-images');

/** The cached image for `input`, drawing and storing it on a miss. */
export async function cachedImage(input: unknown, draw: () => Promise<Buffer>): Promise<Buffer> {
  const key = createHash('sha256').update(DRAWING_VERSION).update(JSON.stringify(input)).digest('hex');
  const file = join(folder, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const image = await draw();
    await mkdir(folder, { recursive: true });
    // Write then rename, so a build stopped midway never leaves half an image behind.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, image);
    await rename(partial, file);
    return image;
  }
}
