/**
 * Builds a content folder into a temporary site with the project's real build
 * (astro build, then Pagefind), as `npm run build` does, and reports the
 * outcome instead of throwing, so tests can assert on failures too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CONTENT = join(PROJECT_ROOT, 'tests/fixtures/site-content');

export interface BuildResult {
  ok: boolean;
  status: number | null;
  /** stdout and stderr together, colours removed. */
  output: string;
  outDir: string;
}

/**
 * The environment a developer's shell would give the build. Vitest puts
 * BASE_URL, MODE, DEV, PROD and SSR into process.env, and Astro reads
 * import.meta.env from process.env, so a build spawned from a test would
 * otherwise ignore SITE_BASE and think it is in development.
 */
export function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST_')) delete env[key];
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin', command), args, {
    cwd: PROJECT_ROOT,
    env: {
      ...shellEnv(),
      // The project's Node 24 first: astro's `#!/usr/bin/env node` must not find the machine's Node 20.
      PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex -- strip ANSI colour codes
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/**
 * Runs `npm run build` (scripts/build.ts: content check, Astro, Pagefind,
 * checks, then the swap into place) for `contentDir` into `outDir`, by
 * default a fresh temporary folder with its own cache.
 */
export function buildSite(
  contentDir: string,
  extraEnv: NodeJS.ProcessEnv = {},
  outDir = join(mkdtempSync(join(tmpdir(), 'hemei-site-')), 'dist'),
): BuildResult {
  const env = {
    SITE_CONTENT_DIR: contentDir,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: join(outDir, '..', 'cache'),
    ...extraEnv,
  };
  const build = run('tsx', ['scripts/build.ts'], env);
  return { ok: build.status === 0, status: build.status, output: build.output, outDir };
}
