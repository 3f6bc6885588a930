/**
 * Which formats and widths pay for themselves: encodes per photo against the
 * bytes a reader downloads. Encodes camera-sized photos (the corpus's, 4000×3000)
 * with the site's sharp settings for every (format, width) any candidate ladder
 * uses, then, per ladder, counts the encodes and their time and picks what
 * each device downloads for an article photo and a home-page card, as a
 * browser picks from srcset and sizes.
 *
 *   node bench/image-ladder.ts [--photos 6] [--seed 1]
 *
 * Prints Markdown tables for docs/benchmarks.md. CPU-heavy (about a minute):
 * run it under the build lock on a shared machine.
 */
import sharp from 'sharp';
import { parseOptions, UsageError, wholeNumber } from '../scripts/lib/cli.ts';
import { PHOTO_HEIGHT, PHOTO_WIDTH, renderPhotoPool } from './lib/photo.ts';
import { createRng, hashSeed } from './lib/prng.ts';

type Format = 'avif' | 'webp' | 'jpg';
/** A width, or 'original' for an encode at the photo's own size. */
type Width = number | 'original';

interface Picture {
  /** <source> elements: a format and its srcset widths. */
  sources: { format: Format; widths: number[] }[];
  /** The <img>: its format, srcset widths (none: no srcset) and the width of its src. */
  img: { format: Format; widths: number[]; src: Width };
}

interface Ladder {
  name: string;
  /** Article photo (cover and body photos): Photo.astro. */
  photo: Picture;
  /** Home-page card: ArticleCard.astro (covers only). */
  card: Picture;
  /** Other encodes of a cover: search thumbnail, feed image. */
  coverExtras: { format: Format; width: Width }[];
}

const COVER_EXTRAS: Ladder['coverExtras'] = [
  { format: 'webp', width: 240 },
  { format: 'jpg', width: 800 },
];

const LADDERS: Ladder[] = [
  {
    name: 'before: AVIF+WebP+JPEG 480/800/1200, JPEG <img> at full size; card 240/480',
    photo: {
      sources: [
        { format: 'avif', widths: [480, 800, 1200] },
        { format: 'webp', widths: [480, 800, 1200] },
      ],
      img: { format: 'jpg', widths: [480, 800, 1200], src: 'original' },
    },
    card: {
      sources: [
        { format: 'avif', widths: [240, 480] },
        { format: 'webp', widths: [240, 480] },
      ],
      img: { format: 'jpg', widths: [240, 480], src: 'original' },
    },
    coverExtras: COVER_EXTRAS,
  },
  {
    name: 'AVIF+WebP 480/800/1200, WebP <img> 800; card 480',
    photo: {
      sources: [{ format: 'avif', widths: [480, 800, 1200] }],
      img: { format: 'webp', widths: [480, 800, 1200], src: 800 },
    },
    card: { sources: [{ format: 'avif', widths: [480] }], img: { format: 'webp', widths: [480], src: 480 } },
    coverExtras: COVER_EXTRAS,
  },
  {
    name: 'after: AVIF+WebP 800/1200, WebP <img> 800; card 480',
    photo: {
      sources: [{ format: 'avif', widths: [800, 1200] }],
      img: { format: 'webp', widths: [800, 1200], src: 800 },
    },
    card: { sources: [{ format: 'avif', widths: [480] }], img: { format: 'webp', widths: [480], src: 480 } },
    coverExtras: COVER_EXTRAS,
  },
  {
    name: 'AVIF 800/1200, one WebP <img> 800; card 480',
    photo: {
      sources: [{ format: 'avif', widths: [800, 1200] }],
      img: { format: 'webp', widths: [], src: 800 },
    },
    card: { sources: [{ format: 'avif', widths: [480] }], img: { format: 'webp', widths: [], src: 480 } },
    coverExtras: COVER_EXTRAS,
  },
  {
    name: 'AVIF+WebP 800 only; card 480',
    photo: {
      sources: [{ format: 'avif', widths: [800] }],
      img: { format: 'webp', widths: [800], src: 800 },
    },
    card: { sources: [{ format: 'avif', widths: [480] }], img: { format: 'webp', widths: [480], src: 480 } },
    coverExtras: COVER_EXTRAS,
  },
];

interface Device {
  name: string;
  /** CSS pixels of the slot: the article photo (sizes: 42rem from 46rem, else 100vw) and the card (20rem from 40rem, else 100vw). */
  photoSlot: number;
  cardSlot: number;
  dpr: number;
  avif: boolean;
}

const DEVICES: Device[] = [
  { name: 'phone 390 px, DPR 2 (Android Chrome)', photoSlot: 390, cardSlot: 390, dpr: 2, avif: true },
  { name: 'phone 390 px, DPR 3 (iOS 16+)', photoSlot: 390, cardSlot: 390, dpr: 3, avif: true },
  {
    name: 'phone 390 px, DPR 3, no AVIF (iOS 15 WebView)',
    photoSlot: 390,
    cardSlot: 390,
    dpr: 3,
    avif: false,
  },
  { name: 'phone 360 px, DPR 1.5 (low-end Android)', photoSlot: 360, cardSlot: 360, dpr: 1.5, avif: true },
  { name: 'desktop, DPR 1', photoSlot: 672, cardSlot: 320, dpr: 1, avif: true },
  { name: 'desktop, DPR 2', photoSlot: 672, cardSlot: 320, dpr: 2, avif: true },
];

const key = (format: Format, width: Width) => `${format}@${width}`;

/** Every (format, width) a picture makes Astro encode. */
function encodesOf(picture: Picture): string[] {
  return [
    ...picture.sources.flatMap((s) => s.widths.map((w) => key(s.format, w))),
    ...picture.img.widths.map((w) => key(picture.img.format, w)),
    key(picture.img.format, picture.img.src),
  ];
}

function coverEncodes(ladder: Ladder): Set<string> {
  return new Set([
    ...encodesOf(ladder.photo),
    ...encodesOf(ladder.card),
    ...ladder.coverExtras.map((e) => key(e.format, e.width)),
  ]);
}

/** What a browser fetches: the first source it supports, the smallest width that covers the slot, else the largest. */
function pick(picture: Picture, slot: number, device: Device): string {
  const source = picture.sources.find((s) => s.format !== 'avif' || device.avif);
  const { format, widths } = source ?? picture.img;
  if (widths.length === 0) return key(format, picture.img.src);
  const sorted = [...widths].sort((a, b) => a - b);
  const needed = slot * device.dpr;
  return key(format, sorted.find((w) => w >= needed) ?? (sorted.at(-1) as number));
}

interface Encoded {
  bytes: number;
  ms: number;
}

async function encode(photo: Buffer, format: Format, width: Width): Promise<Encoded> {
  const started = performance.now();
  let image = sharp(photo).rotate();
  if (width !== 'original') image = image.resize({ width, withoutEnlargement: true });
  // The site's settings (astro.config.mjs): AVIF effort 2, mozjpeg; WebP at sharp's defaults.
  if (format === 'avif') image = image.avif({ effort: 2 });
  else if (format === 'webp') image = image.webp();
  else image = image.jpeg({ mozjpeg: true });
  const data = await image.toBuffer();
  return { bytes: data.length, ms: performance.now() - started };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

async function main(): Promise<void> {
  const values = parseOptions(process.argv.slice(2), {
    photos: { type: 'string' },
    seed: { type: 'string' },
  });
  const count = wholeNumber('photos', values.photos, 6, 1);
  const seed = wholeNumber('seed', values.seed, 1);
  console.log(`image-ladder: drawing ${count} ${PHOTO_WIDTH}×${PHOTO_HEIGHT} photos…`);
  const photos = await renderPhotoPool(createRng(hashSeed(seed, 'photo-pool')), count, {
    width: PHOTO_WIDTH,
    height: PHOTO_HEIGHT,
  });

  const wanted = new Set(LADDERS.flatMap((ladder) => [...coverEncodes(ladder)]));
  const results = new Map<string, Encoded[]>();
  console.log(`image-ladder: ${wanted.size} encodes per photo, one at a time…`);
  for (const item of wanted) {
    const [format, width] = item.split('@') as [Format, string];
    const list: Encoded[] = [];
    for (const photo of photos) {
      list.push(await encode(photo, format, width === 'original' ? 'original' : Number(width)));
    }
    results.set(item, list);
  }
  const mean = (item: string, field: keyof Encoded) => {
    const list = results.get(item) ?? [];
    return list.reduce((sum, e) => sum + e[field], 0) / list.length;
  };

  console.log(
    '\n| ladder | encodes per cover | encodes per body photo | encode s per cover + 3 body photos |',
  );
  console.log('| --- | ---: | ---: | ---: |');
  for (const ladder of LADDERS) {
    const cover = [...coverEncodes(ladder)];
    const body = [...new Set(encodesOf(ladder.photo))];
    const seconds =
      (cover.reduce((s, i) => s + mean(i, 'ms'), 0) + 3 * body.reduce((s, i) => s + mean(i, 'ms'), 0)) / 1000;
    console.log(`| ${ladder.name} | ${cover.length} | ${body.length} | ${seconds.toFixed(1)} |`);
  }

  console.log(`\nKB downloaded per article photo / per card (mean of ${count} photos):\n`);
  console.log(`| device | ${LADDERS.map((l) => l.name.split(':')[0]).join(' | ')} |`);
  console.log(`| --- | ${LADDERS.map(() => '---:').join(' | ')} |`);
  for (const device of DEVICES) {
    const cells = LADDERS.map((ladder) => {
      const photo = pick(ladder.photo, device.photoSlot, device);
      const card = pick(ladder.card, device.cardSlot, device);
      return `${kb(mean(photo, 'bytes'))} (${photo}) / ${kb(mean(card, 'bytes'))} (${card})`;
    });
    console.log(`| ${device.name} | ${cells.join(' | ')} |`);
  }
  console.log('\nmean encode per (format@width): ');
  for (const item of [...wanted].sort()) {
    console.log(`  ${item}: ${kb(mean(item, 'bytes'))} KB, ${mean(item, 'ms').toFixed(0)} ms`);
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`image-ladder: ${error.message}`);
  process.exitCode = 2;
}
