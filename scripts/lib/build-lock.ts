/**
 * One build of a project folder at a time, shared by `npm run build` (scripts/build.ts) and the
 * benchmark (bench/bench.ts). Every build of one checkout writes Astro's prerender bundle to
 * `<project>/.astro/.prerender/` whenever its output folder is outside the project (the bench's and
 * the tests' are), so a second build started meanwhile (`npm test` beside `npm run bench`, or two
 * terminals) deletes the first one's bundle mid-build (`ERR_MODULE_NOT_FOUND … .prerender/chunks`).
 * The second build waits for the first instead, and says so.
 */
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** The folder proper-lockfile makes in the project while a build runs (ignored by git). */
export const buildLockPath = (projectRoot: string) => join(projectRoot, '.build.lock');

/**
 * The holder touches the lock every 15 s; one left untouched for 30 s belongs to a build that was
 * killed, and the next build takes it over instead of waiting for ever.
 */
export const BUILD_LOCK_STALE_MS = 30_000;

/** How long a waiting build sleeps between looks at the lock. */
const RETRY = { forever: true, minTimeout: 250, maxTimeout: 2_000, factor: 1.5 } as const;

export interface BuildLockHooks {
  /** Called once, when another build holds the lock and this one starts waiting. */
  onWait: () => void;
  /** Called if the lock was taken from this build (left untouched too long); the build goes on. */
  onLost: (error: Error) => void;
}

/**
 * Takes the project's build lock, waiting while another build holds it. Resolves to the function
 * that gives it back; a build that exits without calling it gives it back on exit.
 */
export async function acquireBuildLock(
  projectRoot: string,
  hooks: BuildLockHooks,
): Promise<() => Promise<void>> {
  const options = {
    stale: BUILD_LOCK_STALE_MS,
    realpath: false,
    lockfilePath: buildLockPath(projectRoot),
    onCompromised: hooks.onLost,
  };
  try {
    return await lockfile.lock(projectRoot, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
  }
  hooks.onWait();
  return lockfile.lock(projectRoot, { ...options, retries: RETRY });
}
