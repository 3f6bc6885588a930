/**
 * Camera-sized photos for the benchmark corpus (`--photos`): an abstract
 * compound scene (the covers' drawing, at 4000×3000) with grain at three
 * scales, so that resizing and encoding work as on a real photo: detail
 * survives down to the published widths and the JPEG weighs a few MB.
 *
 * Encoding a 12-megapixel JPEG takes about a quarter of a second, too slow for
 * thousands of photos, so a pool of distinct pictures is drawn once and every
 * file gets its own bytes by a JPEG comment naming it. Astro names an image by
 * its content, so each file is still its own image with its own encodes.
 * Everything is a function of the Rng: same seed, same bytes.
 */
import sharp from 'sharp';
import { COVER_PALETTES } from './corpus-vocabulary.ts';
import { sceneSvg } from './cover.ts';
import { createRng, type Rng } from './prng.ts';

export const PHOTO_WIDTH = 4000;
export const PHOTO_HEIGHT = 3000;
/** Distinct pictures drawn; files beyond it reuse them with their own comment. */
export const PHOTO_POOL = 24;
const JPEG_QUALITY = 90;

export interface PhotoSize {
  width: number;
  height: number;
}

/** Gaussian-like grain (sum of three uniforms) as raw RGB, strength `sigma` around mid-grey. */
function grain(rng: Rng, width: number, height: number, sigma: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) {
    const g = (rng.next() + rng.next() + rng.next() - 1.5) * 2;
    pixels[i] = Math.max(0, Math.min(255, Math.round(128 + g * sigma)));
  }
  return pixels;
}

/** A grain layer drawn at 1/`scale` of the photo and enlarged: detail `scale` pixels across. */
async function grainLayer(rng: Rng, size: PhotoSize, scale: number, sigma: number) {
  const width = Math.ceil(size.width / scale);
  const height = Math.ceil(size.height / scale);
  const input = await sharp(grain(rng, width, height, sigma), { raw: { width, height, channels: 3 } })
    .resize(size.width, size.height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();
  return { input, raw: { width: size.width, height: size.height, channels: 3 as const } };
}

async function drawPhoto(rng: Rng, size: PhotoSize): Promise<Buffer> {
  const palette = rng.pick(COVER_PALETTES);
  // Rasterising at full size takes seconds; a quarter-size drawing enlarged is soft, like a lens.
  const svg = sceneSvg(rng, palette.colors, { width: size.width / 4, height: size.height / 4 });
  // Coarse (light and wear), medium (leaves, plaster) and fine grain (sensor noise).
  const coarse = await grainLayer(rng, size, 16, 28);
  const medium = await grainLayer(rng, size, 4, 22);
  const fine = { input: grain(rng, 256, 256, 10), raw: { width: 256, height: 256, channels: 3 as const } };
  // Rasterise first: resizing an SVG input makes sharp draw it at the full size after all.
  const drawing = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return sharp(drawing.data, { raw: drawing.info })
    .resize(size.width, size.height, { fit: 'fill' })
    .composite([
      { ...coarse, blend: 'soft-light' },
      { ...medium, blend: 'overlay' },
      { ...fine, tile: true, blend: 'overlay' },
    ])
    .jpeg({ quality: JPEG_QUALITY })
    .toBuffer();
}

/** `count` distinct photo JPEGs (drawn two at a time: one per core of a small machine). */
export async function renderPhotoPool(rng: Rng, count: number, size: PhotoSize): Promise<Buffer[]> {
  // Consume the Rng in a fixed order first, so parallel drawing cannot change the bytes.
  const seeds = Array.from({ length: count }, () => Math.floor(rng.next() * 0xffffffff));
  const photos: Buffer[] = new Array<Buffer>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      photos[i] = await drawPhoto(createRng(seeds[i] as number), size);
    }
  };
  await Promise.all([worker(), worker()]);
  return photos;
}

/** The JPEG with a comment segment (COM) right after its start marker: same picture, its own bytes. */
export function withComment(jpeg: Buffer, comment: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const text = Buffer.from(comment, 'utf8');
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}
