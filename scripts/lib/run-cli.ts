/**
 * Runs an editor command (scripts/*.ts) the way `npm run` does, with tsx in
 * a child process that is not a terminal, against a content folder given by
 * SITE_CONTENT_DIR. Output has no colours. Used by the tests and by the
 * relevance corpus, which imports the newspaper page with `npm run import`.
 */
import { spawnSync } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

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
