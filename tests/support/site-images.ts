/**
 * The photos of a built site as readers get them: every <picture> on every
 * page, with its candidates and the size of each file, and the encoded files
 * of _astro/ grouped by the original photo they were made from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { filesEndingWith, htmlFiles } from './site-gates';

export interface Candidate {
  url: string;
  /** 800 for "800w"; null without a width descriptor (an <img> src). */
  descriptor: number | null;
  /** The file's own pixel width. */
  width: number;
  format: string;
}

export interface PublishedPicture {
  page: string;
  /** The <img>'s width attribute: the original photo's width. */
  originalWidth: number;
  candidates: Candidate[];
  /** The <img>'s src. */
  fallback: Candidate;
}

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];

/** The original an _astro/ image was made from: Astro names it `<original>.<its hash>_<transform hash>.<ext>`. */
export const originalOf = (file: string) => file.replace(/^.*\//, '').replace(/_[^_]+$/, '');

/** Encoded images in _astro/, grouped by original. */
export function encodesByOriginal(dir: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of filesEndingWith(join(dir, '_astro'), IMAGE_EXTENSIONS)) {
    groups.set(originalOf(file), [...(groups.get(originalOf(file)) ?? []), file]);
  }
  return groups;
}

/** Every distinct <picture> of the site (the same photo on many pages is read once). */
export async function publishedPictures(dir: string): Promise<PublishedPicture[]> {
  const sizes = new Map<string, Promise<{ width: number; format: string }>>();
  const measure = (url: string) => {
    if (!sizes.has(url)) {
      sizes.set(
        url,
        sharp(join(dir, decodeURI(url)))
          .metadata()
          // sharp calls AVIF "heif" (the container) with AV1 compression.
          .then((meta) => ({
            width: meta.width ?? 0,
            format: meta.compression === 'av1' ? 'avif' : (meta.format ?? '?'),
          })),
      );
    }
    return sizes.get(url)!;
  };
  const candidate = async (url: string, descriptor: number | null): Promise<Candidate> => ({
    url,
    descriptor,
    ...(await measure(url)),
  });
  const parseSrcset = (srcset: string | undefined) =>
    (srcset ?? '')
      .split(',')
      .map((part) => part.trim().split(/\s+/))
      .filter(([url]) => url)
      .map(([url, w]) => ({ url: url as string, descriptor: w ? Number.parseInt(w, 10) : null }));

  const seen = new Set<string>();
  const pictures: PublishedPicture[] = [];
  for (const page of htmlFiles(dir)) {
    const $ = load(readFileSync(join(dir, page), 'utf8'));
    for (const element of $('picture').toArray()) {
      const img = $(element).find('img');
      const src = img.attr('src') ?? '';
      if (seen.has(src)) continue;
      seen.add(src);
      const listed = [
        ...$(element)
          .find('source')
          .toArray()
          .flatMap((source) => parseSrcset($(source).attr('srcset'))),
        ...parseSrcset(img.attr('srcset')),
      ];
      pictures.push({
        page,
        originalWidth: Number(img.attr('width')),
        candidates: await Promise.all(listed.map((c) => candidate(c.url, c.descriptor))),
        fallback: await candidate(src, null),
      });
    }
  }
  return pictures;
}
