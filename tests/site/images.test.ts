/**
 * Static budgets of the image work, on the built test site: which formats and
 * widths a photo is published at, how many encodes it costs, and that no file
 * is wider than its original. The sizes a reader downloads for each choice are
 * measured in docs/benchmarks.md ("Images").
 */
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ENCODES_PER_BODY_PHOTO,
  ENCODES_PER_COVER,
  PHOTO_FALLBACK_WIDTH,
  PHOTO_WIDTHS,
} from '../../src/lib/photo-widths';
import { HASH_LENGTH } from '../../src/integrations/photo-originals';
import {
  encodesByOriginal,
  originalOf,
  publishedPictures,
  type PublishedPicture,
} from '../support/site-images';
import { htmlFiles } from '../support/site-gates';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
/** The fixture's body photo, 900 px wide: narrower than the widest published width. */
const NARROW_PHOTO = 'lifts';

let pictures: PublishedPicture[];
beforeAll(async () => {
  pictures = await publishedPictures(siteDir);
});

describe('published photos', () => {
  it('come as AVIF sources and a WebP <img>, nothing else', () => {
    expect(pictures.length).toBeGreaterThan(10);
    for (const picture of pictures) {
      const formats = new Set(picture.candidates.map((c) => c.format));
      expect([...formats].sort(), picture.fallback.url).toEqual(['avif', 'webp']);
      expect(picture.fallback.format, picture.fallback.url).toBe('webp');
    }
  });

  it('are never wider than their original, and each file is as wide as its srcset says', () => {
    const narrow = pictures.filter((p) => p.fallback.url.includes(`/${NARROW_PHOTO}.`));
    expect(narrow.length).toBeGreaterThan(0);
    for (const picture of pictures) {
      expect(picture.originalWidth).toBeGreaterThan(0);
      for (const c of [...picture.candidates, picture.fallback]) {
        expect(c.width, c.url).toBeLessThanOrEqual(picture.originalWidth);
        if (c.descriptor !== null) expect(c.width, c.url).toBe(c.descriptor);
      }
    }
    // A 900 px photo: 800 and its own 900, not an enlarged 1200.
    expect(narrow[0]?.candidates.map((c) => c.width).sort((a, b) => a - b)).toEqual([800, 800, 900, 900]);
  });

  it(`give old browsers an <img> of at most ${PHOTO_FALLBACK_WIDTH} px, never the original re-encoded at full size`, () => {
    for (const picture of pictures) {
      expect(picture.fallback.width, picture.fallback.url).toBeLessThanOrEqual(PHOTO_FALLBACK_WIDTH);
      expect(
        picture.candidates.map((c) => c.url),
        picture.fallback.url,
      ).toContain(picture.fallback.url);
    }
  });

  it(`cost at most ${ENCODES_PER_COVER} encodes per cover and ${ENCODES_PER_BODY_PHOTO} per body photo`, () => {
    const groups = encodesByOriginal(siteDir);
    // Covers: the photos of cards, and the first photo of an article (loaded first).
    const covers = new Set<string>();
    for (const page of htmlFiles(siteDir)) {
      const $ = load(readFileSync(join(siteDir, page), 'utf8'));
      $('.card img, .photo img[fetchpriority="high"]').each((_, img) => {
        covers.add(originalOf($(img).attr('src') ?? ''));
      });
    }
    expect(covers.size).toBeGreaterThan(3);
    const bodyPhotos = [...groups.keys()].filter((original) => !covers.has(original));
    expect(bodyPhotos.some((original) => original.startsWith(`${NARROW_PHOTO}.`))).toBe(true);
    for (const [original, files] of groups) {
      const budget = covers.has(original) ? ENCODES_PER_COVER : ENCODES_PER_BODY_PHOTO;
      expect(files.length, `${original}: ${files.join(', ')}`).toBeLessThanOrEqual(budget);
    }
    // Every article photo at every width of the ladder it is wide enough for.
    expect(PHOTO_WIDTHS.length * 2).toBe(ENCODES_PER_BODY_PHOTO);
  });
});

// The originals reach Astro's image step beside the bundler (src/integrations/photo-originals.ts).
describe('photo originals', () => {
  it('name every published file after the original’s own bytes, so a replaced photo gets new addresses', () => {
    const original = readFileSync(join(contentDir, 'articles/2026-05-13-first-story', `${NARROW_PHOTO}.jpg`));
    const hash = createHash('sha256').update(original).digest('hex').slice(0, HASH_LENGTH);
    const published = readdirSync(join(siteDir, '_astro')).filter((file) =>
      file.startsWith(`${NARROW_PHOTO}.`),
    );
    expect(published.length).toBeGreaterThan(0);
    for (const file of published) expect(file).toMatch(new RegExp(`^${NARROW_PHOTO}\\.${hash}_`));
  });

  it('leave no link and no unused original in the published site', () => {
    const links: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isSymbolicLink()) links.push(join(folder, entry.name));
        else if (entry.isDirectory()) walk(join(folder, entry.name));
      }
    };
    walk(siteDir);
    expect(links).toEqual([]);
    // An original would be `<name>.<hash>.jpg`, with no transform after the hash.
    const originals = readdirSync(join(siteDir, '_astro')).filter((file) =>
      new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}\\.(jpe?g|png|webp|avif)$`, 'i').test(file),
    );
    expect(originals).toEqual([]);
  });
});
