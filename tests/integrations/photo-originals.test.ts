/**
 * The photo-originals plugin's parts (src/integrations/photo-originals.ts): what it
 * remembers about a photo, when it reads the photo again, and the module it gives Astro.
 * tests/site/images.test.ts checks a real build made with it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  committedFiles,
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
    const { photo: fingerprint } = await fingerprintOf(file, undefined);
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
    expect((await fingerprintOf(file, undefined)).photo).toMatchObject({
      width: 480,
      height: 640,
      orientation: 6,
    });
  });

  it('reads nothing when the file is unchanged: the remembered fingerprint comes back', async () => {
    const file = join(folder, 'cover.jpg');
    writeFileSync(file, await photo(64, 48, '#336699'));
    const { photo: first } = await fingerprintOf(file, undefined);
    // A remembered entry the file's bytes could not give: returned only if the file was not read.
    const remembered = { ...first, hash: 'remembered', width: 1 };
    expect(await fingerprintOf(file, remembered)).toEqual({ photo: remembered, read: false });
  });

  it('reads the photo again when it was replaced, and its hash changes', async () => {
    const file = join(folder, 'cover.jpg');
    writeFileSync(file, await photo(64, 48, '#336699'));
    const { photo: first } = await fingerprintOf(file, undefined);
    writeFileSync(file, await photo(64, 48, '#993366'));
    // Even with the old modification time put back, the change time tells.
    utimesSync(file, first.mtimeMs / 1000, first.mtimeMs / 1000);
    const second = await fingerprintOf(file, first);
    expect(second.read).toBe(true);
    expect(second.photo.hash).not.toBe(first.hash);
  });
});

describe('photos in a git checkout', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd });

  it('are known by their committed content, so a fresh checkout reads none of them', async () => {
    const repo = join(folder, 'repo');
    mkdirSync(join(repo, 'content'), { recursive: true });
    writeFileSync(join(repo, 'content/cover.jpg'), await photo(64, 48, '#336699'));
    writeFileSync(join(repo, 'content/lifts.jpg'), await photo(64, 48, '#669933'));
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'photos');
    const cover = join(repo, 'content/cover.jpg');
    const committed = committedFiles(repo);
    expect([...committed.keys()].sort()).toEqual([cover, join(repo, 'content/lifts.jpg')]);
    const { photo: first } = await fingerprintOf(cover, undefined, committed.get(cover));
    expect(first.blob).toMatch(/^[0-9a-f]{40}$/);

    // A clone elsewhere: same committed content, new times.
    const clone = join(folder, 'clone');
    git(folder, 'clone', '-q', repo, clone);
    const cloned = join(clone, 'content/cover.jpg');
    const again = await fingerprintOf(cloned, first, committedFiles(clone).get(cloned));
    expect(again.read).toBe(false);
    expect(again.photo.hash).toBe(first.hash);

    // An edited working copy is not the committed file: it is read, and gets a new name.
    writeFileSync(cloned, await photo(64, 48, '#993366'));
    const editedBlob = committedFiles(clone).get(cloned);
    expect(editedBlob).toBeUndefined();
    const edited = await fingerprintOf(cloned, again.photo, editedBlob);
    expect(edited.read).toBe(true);
    expect(edited.photo.hash).not.toBe(first.hash);
  });

  it('are not known outside a repository', () => {
    expect(committedFiles(folder).size).toBe(0);
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
