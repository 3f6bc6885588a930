/**
 * Builds the test site once for the site project (tests/site, tests/browser), the
 * tests that read built HTML or drive a browser: the project's own content, 50 generated installments (seed 7),
 * enough to paginate every kind of list, and the hand-written fixture. Tests get the built folder
 * through `inject('siteDir')` and the content folder through `inject('contentDir')`.
 * Unit tests (the other project) do not wait for it.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { buildSite, FIXTURE_CONTENT } from './build-site';
import { useRunFolder } from './run-folder';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    contentDir: string;
  }
}

/** Generated installments mixed into the fixture. */
export const GENERATED = 50;

export default async function setup(project: TestProject) {
  const teardown = useRunFolder();
  const contentDir = join(mkdtempSync(join(tmpdir(), 'hemei-test-content-')), 'content');
  // The project's real content, 50 generated installments, then the hand-written fixture on top.
  await generateCorpus({ count: GENERATED, seed: 7, out: contentDir });
  cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
  const result = buildSite(contentDir);
  if (!result.ok) {
    teardown?.();
    throw new Error(`测试站点构建失败：\n${result.output.slice(-6000)}`);
  }
  project.provide('siteDir', result.outDir);
  project.provide('contentDir', contentDir);
  return teardown;
}
