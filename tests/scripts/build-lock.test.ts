/**
 * The build lock (scripts/lib/build-lock.ts): a second build of one project folder waits for the
 * first, a lock left by a killed build does not keep the next one waiting, and a build that exits
 * early gives the lock back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { acquireBuildLock, BUILD_LOCK_STALE_MS, buildLockPath } from '../../scripts/lib/build-lock';

const project = () => mkdtempSync(join(tmpdir(), 'hemei-lock-'));
const unexpected = (error: Error) => {
  throw error;
};

describe('build lock', () => {
  it('makes a second build of the same folder wait until the first gives the lock back', async () => {
    const root = project();
    const releaseFirst = await acquireBuildLock(root, { onWait: vi.fn(), onLost: unexpected });
    expect(existsSync(buildLockPath(root))).toBe(true);

    const onWait = vi.fn();
    let secondStarted = false;
    const second = acquireBuildLock(root, { onWait, onLost: unexpected }).then((release) => {
      secondStarted = true;
      return release;
    });
    await vi.waitFor(() => expect(onWait).toHaveBeenCalledTimes(1));
    // Several looks at the lock later, the second build is still waiting.
    await new Promise((done) => setTimeout(done, 1_500));
    expect(secondStarted).toBe(false);

    await releaseFirst();
    const releaseSecond = await second;
    expect(secondStarted).toBe(true);
    expect(onWait).toHaveBeenCalledTimes(1);
    expect(existsSync(buildLockPath(root))).toBe(true);
    await releaseSecond();
    expect(existsSync(buildLockPath(root))).toBe(false);
  });

  it('does not wait for a build in another project folder', async () => {
    const releaseOne = await acquireBuildLock(project(), { onWait: vi.fn(), onLost: unexpected });
    const onWait = vi.fn();
    const releaseTwo = await acquireBuildLock(project(), { onWait, onLost: unexpected });
    expect(onWait).not.toHaveBeenCalled();
    await Promise.all([releaseOne(), releaseTwo()]);
  });

  it('takes over a lock that a killed build left behind, without waiting', async () => {
    const root = project();
    const left = buildLockPath(root);
    mkdirSync(left);
    const longAgo = new Date(Date.now() - 2 * BUILD_LOCK_STALE_MS);
    utimesSync(left, longAgo, longAgo);

    const onWait = vi.fn();
    const release = await acquireBuildLock(root, { onWait, onLost: unexpected });
    expect(onWait).not.toHaveBeenCalled();
    await release();
    expect(existsSync(left)).toBe(false);
  });

  it('is given back when a build exits without releasing it (a failed step calls process.exit)', () => {
    const root = project();
    const lockModule = resolve(import.meta.dirname, '../../scripts/lib/build-lock.ts');
    const script = `import { acquireBuildLock } from ${JSON.stringify(lockModule)};
await acquireBuildLock(${JSON.stringify(root)}, { onWait() {}, onLost() {} });
process.exit(3);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(3);
    expect(existsSync(buildLockPath(root))).toBe(false);
  });
});
