/**
 * Runs an editor command (scripts/*.ts) the way `npm run` does, with tsx in
 * a child process that is not a terminal, against a content folder given by
 * SITE_CONTENT_DIR. Output has no colours.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/build-site';

export interface CliResult {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
}

export function runCli(script: string, args: readonly string[], contentDir: string): CliResult {
  const result = spawnSync(
    join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    [join(PROJECT_ROOT, script), ...args],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
        SITE_CONTENT_DIR: contentDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      input: '',
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Frontmatter and body of an MDX file. */
export function readMdx(path: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`no frontmatter in ${path}`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: text.slice(match[0].length), text };
}
