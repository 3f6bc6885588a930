/**
 * The photo-originals plugin's parts (src/integrations/photo-originals.ts): what it
 * remembers about a photo, when it reads the photo again, and the module it gives Astro.
 * tests/site/images.test.ts checks a real build made with it.
 */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  HASH_LENGTH,
  imageModuleCode,
  publishedName,
} from '../../src/integrations/photo-originals';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'hemei-photo-originals-'));
});

const photo = (width: number, height: number, colour: string) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

describe('fingerprintOf', () => {
  it('gives the size and format Astro would, and a content hash', async () => {
    const file = join(folder, 'cover.jpg');
    writeFileSync(file, await photo(640, 480, '#336699'));
    const fingerprint = await fingerprintOf(file, undefined);
    expect(fingerprint).toMatchObject({ width: 640, height: 480, format: 'jpg' });
    expect(fingerprint.hash).toMatch(new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`));
  });

  it('swaps width and height for a photo the camera stored turned (EXIF orientation 6)', async () => {
    const file = join(folder, 'turned.jpg');
    const turned = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    writeFileSync(file, turned);
    expect(await fingerprintOf(file, undefined)).toMatchObject({ width: 480, height: 640, orientation: 6 });
  });

  it('reads nothing when the file is unchanged: the remembered fingerprint comes back', async () => {
    const file = join(folder, 'cover.jpg');
    writeFileSync(file, await photo(64, 48, '#336699'));
    const first = await fingerprintOf(file, undefined);
    // A remembered entry the file's bytes could not give: returned only if the file was not read.
    const remembered = { ...first, hash: 'remembered', width: 1 };
    expect(await fingerprintOf(file, remembered)).toBe(remembered);
  });

  it('reads the photo again when it was replaced, and its hash changes', async () => {
    const file = join(folder, 'cover.jpg');
    writeFileSync(file, await photo(64, 48, '#336699'));
    const first = await fingerprintOf(file, undefined);
    writeFileSync(file, await photo(64, 48, '#993366'));
    // Even with the old modification time put back, the change time tells.
    utimesSync(file, first.mtimeMs / 1000, first.mtimeMs / 1000);
    const second = await fingerprintOf(file, first);
    expect(second).not.toBe(first);
    expect(second.hash).not.toBe(first.hash);
  });
});

describe('publishedName', () => {
  it('keeps the photo’s own name and adds the hash', () => {
    expect(publishedName('/c/articles/x/Lifts.JPG', '0123456789')).toBe('_astro/Lifts.0123456789.jpg');
  });

  it('makes a name with spaces or punctuation safe for an address, keeping Chinese', () => {
    expect(publishedName('/c/电梯 新装(1).jpg', 'abcdef0123')).toBe('_astro/电梯_新装_1_.abcdef0123.jpg');
  });
});

describe('imageModuleCode', () => {
  const load = async (code: string) =>
    (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: Record<string, unknown>;
    };

  it('exports the metadata, gives fsPath on request and records a read as Astro does', async () => {
    const metadata = { src: '/_astro/cover.0123456789.jpg', width: 640, height: 480, format: 'jpg' };
    const referencedImages = new Set<string>();
    (globalThis as { astroAsset?: unknown }).astroAsset = { referencedImages };
    try {
      const image = (await load(imageModuleCode(metadata, '/c/cover.jpg'))).default;
      expect(image.fsPath).toBe('/c/cover.jpg');
      expect(referencedImages.size).toBe(0);
      expect(image.width).toBe(640);
      expect(image.src).toBe(metadata.src);
      expect([...referencedImages]).toEqual(['/c/cover.jpg']);
      expect((image.clone as Record<string, unknown>).height).toBe(480);
    } finally {
      delete (globalThis as { astroAsset?: unknown }).astroAsset;
    }
  });
});
