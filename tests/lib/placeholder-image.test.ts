/**
 * The grey placeholder photo is known by its pixels: every way an editor might
 * rename, re-save or resize it is still caught, and no real picture is taken for it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCovers } from '../../bench/lib/cover';
import { createRng } from '../../bench/lib/prng';
import { inspectPhoto, placeholderPhoto } from '../../src/lib/placeholder-image';
import { FIXTURE_CONTENT, PROJECT_ROOT } from '../support/build-site';

const dir = mkdtempSync(join(tmpdir(), 'hemei-placeholder-'));
const SLOW = { timeout: 60_000 };

async function saved(name: string, image: Sharp): Promise<string> {
  const path = join(dir, name);
  await image.toFile(path);
  return path;
}

describe('the placeholder photo', () => {
  it('is grey, 1600×1000, small, and recognised as written', SLOW, async () => {
    const photo = await placeholderPhoto();
    expect(photo.length).toBeLessThan(40_000);
    const path = await saved('cover.jpg', sharp(photo));
    expect(await inspectPhoto(path)).toEqual({ width: 1600, height: 1000, isPlaceholder: true });
  });

  it.each<[string, (image: Sharp) => Sharp]>([
    ['re-saved as a poor JPEG', (i) => i.jpeg({ quality: 15 })],
    ['shrunk to 300 px and saved as PNG', (i) => i.resize(300).png()],
    ['enlarged to 4000 px', (i) => i.resize(4000).jpeg({ quality: 95 })],
    ['squashed square as WebP', (i) => i.resize(800, 800, { fit: 'fill' }).webp()],
    ['as AVIF', (i) => i.resize(1200).avif()],
    ['in greyscale', (i) => i.greyscale().jpeg()],
    ['a little brighter', (i) => i.linear(1.15, 0).jpeg()],
    ['trimmed evenly at the edges', (i) => i.extract({ left: 80, top: 50, width: 1440, height: 900 }).jpeg()],
    ['sent through a chat app (1080 px, quality 60)', (i) => i.resize(1080).jpeg({ quality: 60 })],
  ])('is still recognised %s, under another name', SLOW, async (what, change) => {
    const path = await saved(`${what.replace(/\W+/g, '-')}-dianti`, change(sharp(await placeholderPhoto())));
    expect((await inspectPhoto(path)).isPlaceholder).toBe(true);
  });

  it('is not confused with real pictures, plain grey, or grey noise', SLOW, async () => {
    const real = [
      join(PROJECT_ROOT, 'content/articles/2026-05-13-dangyuan-tiao-daliang/cover.jpg'),
      join(FIXTURE_CONTENT, 'articles/2026-05-13-first-story/cover.jpg'),
      join(FIXTURE_CONTENT, 'articles/2026-05-13-first-story/lifts.jpg'),
      ...(await Promise.all(
        (await renderCovers(createRng(7))).map((cover, i) => saved(`generated-${i}.jpg`, sharp(cover.jpeg))),
      )),
      await saved(
        'plain-grey.jpg',
        sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#9a9a9a' } }).jpeg(),
      ),
      await saved(
        'grey-noise.jpg',
        sharp({
          create: {
            width: 1600,
            height: 1000,
            channels: 3,
            background: '#9a9a9a',
            noise: { type: 'gaussian', mean: 150, sigma: 20 },
          },
        })
          .greyscale()
          .jpeg(),
      ),
      // Only one of the two diagonals: a grey picture with a line is not the placeholder.
      await saved(
        'one-diagonal.png',
        sharp(
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="#9a9a9a"/><path d="M0 0L1600 1000" stroke="#7a7a7a" stroke-width="12"/></svg>',
          ),
        ).png(),
      ),
    ];
    for (const path of real) expect((await inspectPhoto(path)).isPlaceholder, path).toBe(false);
  });

  it('rejects a file that is not a picture', async () => {
    const path = join(dir, 'not-a-photo.jpg');
    writeFileSync(path, '这不是照片');
    await expect(inspectPhoto(path)).rejects.toThrow();
  });
});
