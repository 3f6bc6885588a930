/**
 * Keeps the photos' originals out of the bundler (issue 14, docs/benchmarks.md "Astro's memory and
 * the photos").
 *
 * For every imported photo (covers and body photos) Astro 7.3 reads the whole file and hands its
 * bytes to the bundler, which holds them until it writes the bundle; a 4000×3000 camera photo is
 * about 3 MB, so 1,000 installments held 3 GB more and 10,000 would not fit. Astro then deletes
 * every original no page uses (all of them on this site). This build-only Vite plugin answers
 * those imports first with the same image module Astro makes (width, height, format, a
 * content-named `_astro/` address and the file's path), without the bytes; links the originals
 * into the output folder where Astro's image step reads them when an encode is not cached; and
 * remembers each photo's name and size by path, size and times, so a warm build reads no photo,
 * and by git's id of the committed file, so neither does a fresh checkout (CI) with the cache.
 * Anything it does not recognise (a missing or unreadable file, SVG, a `?url` import, the browser
 * bundle) goes to Astro's own code, with Astro's own errors.
 *
 * Relies on Astro 7.3 internals: the `astroContentImageFlag` query, the module's `fsPath`, and
 * originals read back from the output folder (tests/site/images.test.ts, "photo originals", checks the
 * result on a real build).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageMetadata } from 'astro/assets/utils';
import pLimit from 'p-limit';

/** Raster photos an editor can import; SVG stays with Astro (it makes components of them). */
const PHOTO_IMPORT = /\.(?:jpe?g|png|webp|avif|gif|tiff?)(?:\?astroContentImageFlag\b.*)?$/i;
const CONTENT_IMAGE_FLAG = /\?astroContentImageFlag\b.*$/;
/** Files read at once on a cold build: bounds the memory of the reads, as Astro does not. */
const READS_AT_ONCE = 4;
/** The fingerprints' file in Astro's cache folder (the workflows cache it with the images). */
export const CACHE_FILE = 'photo-originals.json';
/** Bumped when what is stored per photo changes. */
const CACHE_VERSION = 1;
/** Hex digits of the content hash in a published name (40 bits). */
export const HASH_LENGTH = 10;

/** What is remembered about one original. */
export interface PhotoFingerprint {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  /** Content hash: the published name changes exactly when the bytes do. */
  hash: string;
  width: number;
  height: number;
  format: string;
  orientation?: number | undefined;
  /** Git's id of the committed file when it was read unchanged from its commit. */
  blob?: string | undefined;
}

type FingerprintCache = Record<string, PhotoFingerprint>;

/** The published name of an original: its own name, made safe for a URL, and its content hash. */
export function publishedName(file: string, hash: string): string {
  const extension = extname(file);
  const stem = basename(file, extension).replace(/[^\p{L}\p{N}_-]+/gu, '_') || 'photo';
  return `_astro/${stem}.${hash}${extension.toLowerCase()}`;
}

/**
 * The module Astro 7.3 itself returns for an imported image on the server (its
 * `assets/utils/proxy.js`): the metadata, `fsPath` on request, and each read recorded as
 * Astro records it, so Astro keeps or deletes the original exactly as it would.
 */
export function imageModuleCode(metadata: Record<string, unknown>, fsPath: string): string {
  const path = JSON.stringify(fsPath);
  return `export default new Proxy(${JSON.stringify(metadata)}, {
  get(target, name) {
    if (name === 'clone') return structuredClone(target);
    if (name === 'fsPath') return ${path};
    if (target[name] !== undefined && globalThis.astroAsset) {
      globalThis.astroAsset.referencedImages?.add(${path});
      globalThis.astroAsset.recordReferencedImage?.(${path});
    }
    return target[name];
  },
});`;
}

/** Reads the remembered fingerprints; a missing, old or damaged file is an empty cache. */
async function readCache(file: string): Promise<FingerprintCache> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { version?: number; photos?: FingerprintCache };
    return data.version === CACHE_VERSION && data.photos ? data.photos : {};
  } catch {
    return {};
  }
}

/**
 * Git's id of every committed file under `root` whose working copy is unchanged (absolute path
 * → blob id): git's own content hash, free to read. Empty outside a repository or without git.
 */
export function committedFiles(root: string): Map<string, string> {
  const git = (...args: string[]) =>
    spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const staged = git('ls-files', '--stage', '-z');
  const changed = git('ls-files', '--modified', '-z');
  const files = new Map<string, string>();
  if (staged.status !== 0 || changed.status !== 0) return files;
  for (const entry of staged.stdout.split('\0')) {
    // "<mode> <blob> <stage>\t<path>"; stage 0 is a file without a merge conflict.
    const match = /^\d+ ([0-9a-f]+) 0\t(.+)$/s.exec(entry);
    if (match) files.set(resolve(root, match[2]!), match[1]!);
  }
  for (const path of changed.stdout.split('\0')) if (path) files.delete(resolve(root, path));
  return files;
}

/**
 * The fingerprint of one original: from the cache when its size and times are unchanged, or
 * when git's id of its committed content is the one remembered (a fresh checkout has new times);
 * else read once (Astro's own metadata reader, so width, height and format are Astro's).
 */
export async function fingerprintOf(
  file: string,
  remembered: PhotoFingerprint | undefined,
  blob?: string,
): Promise<{ photo: PhotoFingerprint; read: boolean }> {
  const { size, mtimeMs, ctimeMs } = await stat(file);
  if (remembered && remembered.size === size && remembered.blob === blob) {
    if (remembered.mtimeMs === mtimeMs && remembered.ctimeMs === ctimeMs) {
      return { photo: remembered, read: false };
    }
    if (blob) return { photo: { ...remembered, mtimeMs, ctimeMs }, read: false };
  }
  const bytes = await readFile(file);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
  const { width, height, format, orientation } = await imageMetadata(bytes, file);
  return { photo: { size, mtimeMs, ctimeMs, hash, width, height, format, orientation, blob }, read: true };
}

/** Replaces the links still in the output (originals a page uses) by copies: dist/ holds no link. */
async function copyLinkedOriginals(folder: string): Promise<number> {
  let copied = 0;
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isSymbolicLink()) continue;
    const link = join(folder, entry.name);
    const original = await realpath(link);
    await rm(link);
    await copyFile(original, link);
    copied++;
  }
  return copied;
}

export function photoOriginals(): AstroIntegration {
  /** Set when this is a static build: where the output and the fingerprints go. */
  let build: { outDir: string; cacheFile: string } | undefined;
  /** Fingerprints used by this build, by path relative to the project. */
  const used: FingerprintCache = {};
  /** Published name → original, linked into the output after the bundle is written. */
  const links = new Map<string, string>();
  let read = 0;

  return {
    name: 'hemei:photo-originals',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static') return;
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        const cacheFile = join(fileURLToPath(config.cacheDir), CACHE_FILE);
        build = { outDir, cacheFile };
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const limit = pLimit(READS_AT_ONCE);
        let cache: Promise<FingerprintCache> | undefined;
        let committed: Map<string, string> | undefined;

        updateConfig({
          vite: {
            plugins: [
              {
                name: 'hemei:photo-originals',
                apply: 'build',
                load: {
                  order: 'pre',
                  filter: { id: PHOTO_IMPORT },
                  async handler(id) {
                    if (this.environment.name === 'client') return null;
                    const file = id.replace(CONTENT_IMAGE_FLAG, '');
                    if (file.includes('?')) return null;
                    const key = relative(root, file);
                    cache ??= readCache(cacheFile);
                    const remembered = (await cache)[key];
                    const blob = (committed ??= committedFiles(root)).get(file);
                    let photo: PhotoFingerprint;
                    try {
                      const found = await limit(() => fingerprintOf(file, remembered, blob));
                      photo = found.photo;
                      if (found.read) read++;
                    } catch {
                      return null; // Astro reads it again and says what is wrong, in its words.
                    }
                    used[key] = photo;
                    const published = publishedName(file, photo.hash);
                    links.set(published, file);
                    const { width, height, format, orientation } = photo;
                    const metadata = { src: `${base}${published}`, width, height, format, orientation };
                    return { code: imageModuleCode(metadata, file) };
                  },
                },
                // After the server bundle is written and before Astro generates the images.
                async writeBundle() {
                  if (this.environment.name === 'client') return;
                  for (const [published, original] of links) {
                    const target = join(outDir, published);
                    await mkdir(dirname(target), { recursive: true });
                    await symlink(original, target).catch((error: NodeJS.ErrnoException) => {
                      if (error.code !== 'EEXIST') throw error;
                    });
                  }
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!build) return;
        const copied = await copyLinkedOriginals(join(build.outDir, '_astro'));
        await mkdir(dirname(build.cacheFile), { recursive: true });
        await writeFile(build.cacheFile, JSON.stringify({ version: CACHE_VERSION, photos: used }));
        logger.info(
          `照片原图没有经过打包：${links.size} 张，这次读取 ${read} 张` +
            (read < links.size ? '，其余用缓存' : '') +
            (copied ? `；页面直接用到的原图 ${copied} 张已复制进输出` : ''),
        );
      },
    },
  };
}
