/**
 * The editors' contract: `npm run validate` passes exactly when `npm run build` does. Every
 * mistake in the catalogue (tests/support/bad-inputs.ts) is run through both; a case where
 * validate passes and the build then fails, or the other way round, fails here. Builds that
 * must work are checked for what they publish.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/problems';
import { t } from '../../src/i18n/zh-CN';
import { validateContent } from '../../src/validation/validate-content';
import { BAD_INPUTS } from '../support/bad-inputs';
import { buildSite, PROJECT_ROOT } from '../support/build-site';
import { copyFixture } from '../support/fixture-copy';

/** The cases that leave nothing to publish. */
const NOTHING_PUBLISHED = new Set(['an empty articles folder', 'no articles folder at all', 'drafts only']);

const page = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');

/** What the built site must show where nothing is published: every list says so, and nothing breaks. */
function expectEmptyStates(dist: string): void {
  expect(page(dist, 'index.html')).toContain(t.series.empty);
  expect(page(dist, 'archive/index.html')).toContain(t.lists.empty);
  expect(page(dist, 'topics/lift-renewal/index.html')).toContain(t.lists.empty);
  expect(page(dist, 'search/index.html')).toContain(t.search.nothingPublished);
  expect(page(dist, 'feed.xml')).not.toContain('<item>');
  expect(existsSync(join(dist, 'articles'))).toBe(false);
}

describe('validate and build agree on every bad input', () => {
  it.each(BAD_INPUTS)('$what', async ({ what, breakIt, outcome, problem }) => {
    const content = copyFixture();
    breakIt(content);
    const { problems } = await validateContent({ projectRoot: PROJECT_ROOT, contentDir: content.dir });
    const validateOk = !problems.some((p) => p.severity === 'error');
    const build = buildSite(content.dir);
    expect(
      build.ok,
      `validate ${validateOk ? 'passed' : 'failed'}:\n${formatReport(problems)}\n\nbuild:\n${build.output}`,
    ).toBe(validateOk);
    expect(validateOk).toBe(outcome !== 'error');
    if (build.ok) {
      expect(page(build.outDir, 'index.html')).toContain('<h1');
      if (NOTHING_PUBLISHED.has(what)) expectEmptyStates(build.outDir);
      else {
        const article = page(build.outDir, 'articles/2026-05-13-first-story/index.html');
        expect(article).toContain('测试主标题');
        // The frontmatter was read as such, not published as text (a BOM once broke that).
        expect(article).not.toContain('installment: 1');
      }
    } else {
      // The build stops at the content check, with the same Chinese message validate gives.
      expect(build.output).toContain('构建已停止');
      if (problem) expect(build.output).toContain(problem.message);
    }
  });
});
