/**
 * Builds the test site once for every test that reads built HTML or drives a
 * browser: the project's own content, 50 generated installments (seed 7),
 * enough to paginate every kind of list, and the hand-written fixture. Tests get the built folder
 * through `inject('siteDir')` and the content folder through `inject('contentDir')`.
 *
 * Every temporary folder of the run (test sites, tampered copies, caches)
 * goes under one folder that is removed when the run ends.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { buildSite, FIXTURE_CONTENT } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    contentDir: string;
  }
}

/** Generated installments mixed into the fixture. */
export const GENERATED = 50;

export default async function setup(project: TestProject) {
  // os.tmpdir() reads TMPDIR, in this process, in the test workers started after it and in the builds they run.
  const runFolder = mkdtempSync(join(tmpdir(), 'hemei-tests-'));
  process.env.TMPDIR = runFolder;
  const contentDir = join(mkdtempSync(join(tmpdir(), 'hemei-test-content-')), 'content');
  // The project's real content, 50 generated installments, then the hand-written fixture on top.
  await generateCorpus({ count: GENERATED, seed: 7, out: contentDir });
  cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
  const result = buildSite(contentDir);
  if (!result.ok) {
    throw new Error(`测试站点构建失败：\n${result.output.slice(-6000)}`);
  }
  project.provide('siteDir', result.outDir);
  project.provide('contentDir', contentDir);
  return () => rmSync(runFolder, { recursive: true, force: true });
}
