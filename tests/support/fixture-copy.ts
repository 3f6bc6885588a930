/** A throw-away copy of the fixture content, to break on purpose. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE_CONTENT } from './build-site';

export interface FixtureCopy {
  dir: string;
  /** Replaces text in a file of the copy; fails loudly when the text is not there. */
  edit(relativePath: string, from: string | RegExp, to: string): void;
  /** Writes text or bytes, creating the folder when needed. */
  write(relativePath: string, text: string | Uint8Array): void;
  read(relativePath: string): string;
  remove(relativePath: string): void;
  rename(from: string, to: string): void;
  copy(from: string, to: string): void;
}

export function copyFixture(): FixtureCopy {
  const dir = join(mkdtempSync(join(tmpdir(), 'hemei-content-')), 'content');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return {
    dir,
    edit(relativePath, from, to) {
      const path = join(dir, relativePath);
      const before = readFileSync(path, 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not apply: ${relativePath} ${String(from)}`);
      writeFileSync(path, after);
    },
    write(relativePath, text) {
      mkdirSync(dirname(join(dir, relativePath)), { recursive: true });
      writeFileSync(join(dir, relativePath), text);
    },
    read(relativePath) {
      return readFileSync(join(dir, relativePath), 'utf8');
    },
    remove(relativePath) {
      rmSync(join(dir, relativePath), { recursive: true });
    },
    rename(from, to) {
      renameSync(join(dir, from), join(dir, to));
    },
    copy(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      cpSync(join(dir, from), join(dir, to));
    },
  };
}

export const FIRST_ARTICLE = 'articles/2026-05-13-first-story/index.mdx';
export const SECOND_ARTICLE = 'articles/2026-06-01-citywide-story/index.mdx';
