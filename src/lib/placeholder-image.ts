/**
 * The grey placeholder photo `npm run new` and `npm run import` write as cover.jpg, and
 * how the content check knows it again by its pixels alone: renamed, re-saved as PNG or
 * WebP, shrunk or enlarged, even with the real caption filled in beside it.
 *
 * The picture is plain grey crossed out corner to corner. Any resize, even one that
 * changes the proportions, keeps the cross from corner to corner, so a small grey
 * thumbnail of any copy lines up with the generator's own thumbnail.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';

/** The generator's drawing: grey, with a darker cross from corner to corner. */
const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">' +
  '<rect width="1600" height="1000" fill="#9a9a9a"/>' +
  '<path d="M0 0L1600 1000M1600 0L0 1000" stroke="#7a7a7a" stroke-width="12"/></svg>';

let placeholderJpeg: Promise<Buffer> | undefined;

/** The placeholder photo: a plain grey 1600×1000 JPEG crossed out corner to corner. */
export function placeholderPhoto(): Promise<Buffer> {
  placeholderJpeg ??= sharp(Buffer.from(PLACEHOLDER_SVG)).jpeg({ quality: 70 }).toBuffer();
  return placeholderJpeg;
}

/** Size of the thumbnails compared: the 12-pixel cross is still about a pixel wide. */
const THUMB_WIDTH = 128;
const THUMB_HEIGHT = 80;
/** Least correlation with the generator's thumbnail: a photo scores near 0, a re-saved placeholder above 0.9. */
const MIN_CORRELATION = 0.8;
/** Most colour a grey picture keeps through re-encoding, in mean (max − min channel) levels of 255. */
const MAX_COLOURFULNESS = 12;
/** How far the mean grey may drift (a re-save with another gamma), in levels of 255. */
const MAX_BRIGHTNESS_SHIFT = 48;

/**
 * Files this many bytes per pixel and more, in a lossy format, are never the placeholder:
 * its flat grey takes well under 0.03 at 1,000,000 pixels and more, at any quality. Real
 * photos take 0.15 to 0.5, so they are not decoded (a 12-megapixel JPEG takes about 50 ms;
 * at 0.25, 388 of 1,000 camera-sized corpus covers were, 10 s of every build).
 */
const PHOTO_BYTES_PER_PIXEL = 0.1;
/** Pictures this small are cheap to decode whatever their size on disk. */
const ALWAYS_DECODED_PIXELS = 1_000_000;
const LOSSY_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'webp', 'heif', 'avif']);

interface Thumbnail {
  luma: Float64Array;
  mean: number;
  /** Mean difference between a pixel's strongest and weakest channel. */
  colourfulness: number;
}

async function thumbnail(input: string | Buffer): Promise<Thumbnail> {
  const data = await sharp(input)
    .flatten({ background: '#ffffff' })
    .resize(THUMB_WIDTH, THUMB_HEIGHT, { fit: 'fill' })
    .toColourspace('srgb')
    .raw()
    .toBuffer();
  const pixels = THUMB_WIDTH * THUMB_HEIGHT;
  const channels = data.length / pixels;
  const luma = new Float64Array(pixels);
  let sum = 0;
  let colour = 0;
  for (let i = 0; i < pixels; i++) {
    const r = data[i * channels] ?? 0;
    const g = channels >= 3 ? (data[i * channels + 1] ?? 0) : r;
    const b = channels >= 3 ? (data[i * channels + 2] ?? 0) : r;
    luma[i] = 0.299 * r + 0.587 * g + 0.114 * b;
    sum += luma[i] ?? 0;
    colour += Math.max(r, g, b) - Math.min(r, g, b);
  }
  return { luma, mean: sum / pixels, colourfulness: colour / pixels };
}

let reference: Promise<Thumbnail> | undefined;

/** Pearson correlation of two equally long series; 0 when either is flat. */
function correlation(a: Thumbnail, b: Thumbnail): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.luma.forEach((value, i) => {
    const da = value - a.mean;
    const db = (b.luma[i] ?? 0) - b.mean;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  });
  return aa < 1 || bb < 1 ? 0 : ab / Math.sqrt(aa * bb);
}

/** Whether the decoded picture is the placeholder: grey, about as bright, and the same cross. */
async function matchesPlaceholder(input: string | Buffer): Promise<boolean> {
  reference ??= placeholderPhoto().then(thumbnail);
  const [candidate, placeholder] = await Promise.all([thumbnail(input), reference]);
  return (
    candidate.colourfulness <= MAX_COLOURFULNESS &&
    Math.abs(candidate.mean - placeholder.mean) <= MAX_BRIGHTNESS_SHIFT &&
    correlation(candidate, placeholder) >= MIN_CORRELATION
  );
}

/** Verdicts by the file's content hash: a photo used in many installments is decoded once. */
const verdicts = new Map<string, Promise<boolean>>();

/** Whether the bytes are the placeholder, decoding each distinct file once per process. */
async function isPlaceholderFile(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  const key = createHash('sha256').update(bytes).digest('hex');
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = matchesPlaceholder(bytes);
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** What the content check needs to know about a photo file. */
export interface PhotoFacts {
  width: number;
  height: number;
  /** true when the picture is the placeholder photo, under any name or format. */
  isPlaceholder: boolean;
}

/**
 * Reads a photo's header, and its pixels when it could be the placeholder.
 * Rejects when the file is missing or not a picture sharp can read.
 */
export async function inspectPhoto(path: string): Promise<PhotoFacts> {
  const [meta, file] = await Promise.all([sharp(path).metadata(), stat(path)]);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const pixels = width * height;
  const couldBePlaceholder =
    pixels <= ALWAYS_DECODED_PIXELS ||
    !LOSSY_FORMATS.has(meta.format ?? '') ||
    file.size / pixels < PHOTO_BYTES_PER_PIXEL;
  return { width, height, isPlaceholder: couldBePlaceholder && (await isPlaceholderFile(path)) };
}
