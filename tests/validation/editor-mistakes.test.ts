/**
 * Every mistake in the catalogue (tests/support/bad-inputs.ts) gets its error or reminder
 * in Chinese at the right file, line and field, or none at all where it must simply work.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, type Problem } from '../../src/lib/problems';
import { validateContent } from '../../src/validation/validate-content';
import { BAD_INPUTS, KNOCK_ON, type ExpectedProblem } from '../support/bad-inputs';
import { FIXTURE_CONTENT, PROJECT_ROOT } from '../support/build-site';
import { copyFixture, type FixtureCopy } from '../support/fixture-copy';

const NOW = new Date('2026-07-01T00:00:00Z');

async function problemsOf(content: FixtureCopy): Promise<Problem[]> {
  return (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: content.dir, now: NOW })).problems;
}

/** The fixture's own reminders (its draft and its future installment), which every case keeps. */
const baseline = new Set(
  (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: FIXTURE_CONTENT, now: NOW })).problems.map(
    (p) => `${p.file.split('/').slice(-2).join('/')}|${p.field}|${p.message}`,
  ),
);
const isNew = (p: Problem) =>
  !baseline.has(`${p.file.split('/').slice(-2).join('/')}|${p.field}|${p.message}`);

function lineOf(content: FixtureCopy, file: string, needle: string): number {
  const relative = file.includes('/index.mdx') ? `articles/2026-05-13-${file}` : file;
  return (
    content
      .read(relative)
      .split('\n')
      .findIndex((line) => line.includes(needle)) + 1
  );
}

function matches(content: FixtureCopy, problem: Problem, expected: ExpectedProblem): boolean {
  const line = expected.lineWith ? lineOf(content, expected.file, expected.lineWith) : expected.line;
  return (
    problem.file.endsWith(expected.file) &&
    problem.message.includes(expected.message) &&
    (expected.field === undefined || problem.field === expected.field) &&
    (line === undefined || problem.line === line) &&
    (expected.value === undefined || problem.value === expected.value)
  );
}

describe('each editor mistake', () => {
  it.each(BAD_INPUTS)('$what: $outcome', async ({ breakIt, outcome, problem, leavesUnused }) => {
    const content = copyFixture();
    breakIt(content);
    const problems = (await problemsOf(content)).filter(isNew);
    const report = formatReport(problems);
    const errors = problems.filter((p) => p.severity === 'error');
    if (outcome === 'works') expect(problems, report).toEqual([]);
    if (outcome === 'warning') expect(errors, report).toEqual([]);
    if (!leavesUnused) for (const knockOn of KNOCK_ON) expect(report).not.toContain(knockOn);
    if (problem) {
      const found = problems.find((p) => matches(content, p, problem));
      expect(found, report).toBeDefined();
      expect(found?.severity).toBe(outcome === 'error' ? 'error' : 'warning');
      // Every problem says where, and shows what was written rather than “（未填写）”.
      expect(found?.file).toMatch(/^tests\/|^\/|content\//);
    }
  });
});
