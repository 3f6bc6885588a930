/** A throw-away copy of the fixture content, to break on purpose. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CONTENT } from './build-site';

export interface FixtureCopy {
  dir: string;
  /** Replaces text in a file of the copy; fails loudly when the text is not there. */
  edit(relativePath: string, from: string | RegExp, to: string): void;
  write(relativePath: string, text: string): void;
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
      writeFileSync(join(dir, relativePath), text);
    },
  };
}

export const FIRST_ARTICLE = 'articles/2026-05-13-first-story/index.mdx';
export const SECOND_ARTICLE = 'articles/2026-06-01-citywide-story/index.mdx';
