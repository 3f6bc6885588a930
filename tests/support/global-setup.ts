/**
 * Builds the fixture site once for every test that reads built HTML or
 * drives a browser; they get its folder through `inject('siteDir')`.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, FIXTURE_CONTENT } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const result = buildSite(FIXTURE_CONTENT);
  if (!result.ok) {
    throw new Error(`测试站点构建失败：\n${result.output.slice(-6000)}`);
  }
  project.provide('siteDir', result.outDir);
}
