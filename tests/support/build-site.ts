/**
 * Builds a content folder into a temporary site with the project's real build
 * (astro build, then Pagefind), as `npm run build` does, and reports the
 * outcome instead of throwing, so tests can assert on failures too.
 */
import { spawn, spawnSync } from 'node:child_process';
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

/** The shell environment with the project's tools first and `env` on top. */
function commandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...shellEnv(),
    // The project's Node 24 first: astro's `#!/usr/bin/env node` must not find the machine's Node 20.
    PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...env,
  };
}

// eslint-disable-next-line no-control-regex -- strip ANSI colour codes
const withoutColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin', command), args, {
    cwd: PROJECT_ROOT,
    env: commandEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

/** The settings of a test build: `contentDir` into `outDir`, with a cache beside it. */
function siteEnv(contentDir: string, outDir: string, extraEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    SITE_CONTENT_DIR: contentDir,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: join(outDir, '..', 'cache'),
    ...extraEnv,
  };
}

const freshOutDir = () => join(mkdtempSync(join(tmpdir(), 'hemei-site-')), 'dist');

/**
 * Runs `npm run build` (scripts/build.ts: content check, Astro, Pagefind,
 * checks, then the swap into place) for `contentDir` into `outDir`, by
 * default a fresh temporary folder with its own cache.
 */
export function buildSite(
  contentDir: string,
  extraEnv: NodeJS.ProcessEnv = {},
  outDir = freshOutDir(),
): BuildResult {
  const build = run('tsx', ['scripts/build.ts'], siteEnv(contentDir, outDir, extraEnv));
  return { ok: build.status === 0, status: build.status, output: build.output, outDir };
}

export interface RunningBuild {
  /** Where the site goes. */
  outDir: string;
  /** What the build has printed so far, colours removed. */
  output: () => string;
  /** The outcome, once the build has ended. */
  done: Promise<BuildResult>;
}

/**
 * Starts the same build as `buildSite` without waiting for it, so a test can watch it while it
 * runs (and this process stays free, for example to hold the build lock meanwhile).
 */
export function startBuild(contentDir: string, outDir = freshOutDir()): RunningBuild {
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: PROJECT_ROOT,
    env: commandEnv(siteEnv(contentDir, outDir, {})),
  });
  let printed = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (printed += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (printed += text));
  const output = () => withoutColours(printed);
  const done = new Promise<BuildResult>((resolveBuild) => {
    child.on('close', (status) => resolveBuild({ ok: status === 0, status, output: output(), outDir }));
  });
  return { outDir, output, done };
}
