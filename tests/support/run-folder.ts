/**
 * Every temporary folder of a test run (test sites, tampered copies, caches) goes under one
 * folder that is removed when the run ends. Both the run's own setup and the site setup call
 * this, in whichever order Vitest runs them; the first creates the folder and removes it at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MARK = 'HEMEI_TEST_RUN_FOLDER';

/** Points TMPDIR at the run's folder; returns the teardown when this call created it. */
export function useRunFolder(): (() => void) | undefined {
  if (process.env[MARK]) return undefined;
  const runFolder = mkdtempSync(join(tmpdir(), 'hemei-tests-'));
  // os.tmpdir() reads TMPDIR, in this process, in the test workers started after it and in the builds they run.
  process.env.TMPDIR = runFolder;
  process.env[MARK] = runFolder;
  return () => {
    rmSync(runFolder, { recursive: true, force: true });
    delete process.env[MARK];
  };
}

export default function setup() {
  return useRunFolder();
}
