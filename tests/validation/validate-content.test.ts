import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, type Problem } from '../../src/lib/problems';
import { isHeadInjectDirectiveWarning } from '../../src/integrations/quiet-mdx-warning';
import { validateContent } from '../../src/validation/validate-content';
import { FIXTURE_CONTENT, PROJECT_ROOT } from '../support/build-site';
import { copyFixture, FIRST_ARTICLE } from '../support/fixture-copy';

const NOW = new Date('2026-12-01T00:00:00Z');
const validate = (contentDir: string) => validateContent({ projectRoot: PROJECT_ROOT, contentDir, now: NOW });
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

describe('validateContent', () => {
  it('passes the project’s own content', async () => {
    const { problems, counts } = await validateContent({
      projectRoot: PROJECT_ROOT,
      contentDir: `${PROJECT_ROOT}/content`,
    });
    expect(errors(problems)).toEqual([]);
    expect(counts.articles).toBeGreaterThanOrEqual(1);
    expect(counts.districts).toBe(4);
  });

  it('passes the fixture with warnings for the draft and the future installment only', async () => {
    const { problems } = await validate(FIXTURE_CONTENT);
    expect(errors(problems)).toEqual([]);
    expect(problems.map((p) => `${p.field}:${p.file.split('/').at(-2)}`).sort()).toEqual([
      'draft:2026-06-10-draft-story',
      'published:2099-01-01-future-story',
    ]);
  });

  it('points at the line of the bad field', async () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, 'topics: [lift-renewal]', 'topics: [lifts]');
    const [problem] = errors((await validate(content.dir)).problems);
    expect(problem).toMatchObject({ field: 'topics[0]', value: 'lifts', line: 20 });
    expect(problem?.file).toMatch(/articles\/2026-05-13-first-story\/index\.mdx$/);
  });

  it('reports a YAML syntax error with its line instead of crashing', async () => {
    const content = copyFixture();
    content.write('topics/broken.yaml', 'name: 坏话题\ndescription: [没有闭合\n');
    const problems = errors((await validate(content.dir)).problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'YAML 格式', line: 2 });
    expect(problems[0]?.message).toContain('方括号列表没有写完整');
  });

  it('reports one syntax error once, without false reminders about what the broken file uses', async () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, 'headline: 测试', 'headline: "测试');
    const { problems } = await validate(content.dir);
    const report = formatReport(problems);
    expect(errors(problems), report).toHaveLength(1);
    expect(report).not.toContain('还没有文章用到');
    expect(report).not.toContain('没有被用到');
    expect(report).not.toContain('（未填写）');
    expect(report).toContain('first-story/index.mdx:6  YAML 格式  "headline: \\"测试');
  });

  it('reports a missing frontmatter', async () => {
    const content = copyFixture();
    content.write(FIRST_ARTICLE, '没有 frontmatter 的正文');
    const problems = errors((await validate(content.dir)).problems);
    expect(problems.some((p) => p.field === 'frontmatter' && p.message.includes('npm run new'))).toBe(true);
  });

  it('warns about a cover too small to share and a community no one uses', async () => {
    const content = copyFixture();
    content.write('communities/unused-place.yaml', 'name: 没人用的小区\ndistrict: xiuying\n');
    content.edit(FIRST_ARTICLE, 'src: ./cover.jpg', 'src: ./lifts.jpg');
    const warnings = (await validate(content.dir)).problems.filter((p) => p.severity === 'warning');
    expect(warnings.some((w) => w.field === 'cover.src' && w.message.includes('1200 像素'))).toBe(true);
    expect(warnings.some((w) => w.value === 'unused-place')).toBe(true);
  });

  it('checks <Figure> photos in the body for an import that exists', async () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, "import lifts from './lifts.jpg';", "import lifts from './lift.jpg';");
    const [problem] = errors((await validate(content.dir)).problems);
    expect(problem).toMatchObject({ field: '<Figure> src', value: './lift.jpg' });
    expect(problem?.message).toContain('找不到图片文件 ./lift.jpg');
  });

  it('allows only photo imports and <Figure> photos in the body, each reported on its line', async () => {
    const content = copyFixture();
    content.edit(
      FIRST_ARTICLE,
      "import lifts from './lifts.jpg';",
      "import lifts from './lifts.jpg';\nimport Chart from '../../components/Chart.astro';\nimport gone from './gone.png';",
    );
    content.edit(FIRST_ARTICLE, '第二段正文', '![电梯](./lifts.jpg)\n\n第二段正文');
    const problems = errors((await validate(content.dir)).problems);
    const lines = readFileSync(join(content.dir, FIRST_ARTICLE), 'utf8').split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: '正文 import',
          line: lineOf('Chart'),
          value: expect.stringContaining('Chart.astro'),
          message: expect.stringContaining("import dianti from './dianti.jpg'"),
        }),
        expect.objectContaining({
          field: '正文图片',
          line: lineOf('![电梯]'),
          value: './lifts.jpg',
          message: expect.stringContaining('<Figure>'),
        }),
        expect.objectContaining({
          field: '正文 import',
          line: lineOf('gone.png'),
          value: './gone.png',
          message: expect.stringContaining('找不到图片文件 ./gone.png'),
        }),
      ]),
    );
  });
});

describe('placeholder text', () => {
  it('is a reminder in a draft and an error once the installment is to be published', async () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, /summary: .*/, 'summary: 待填写：一两句话的摘要');
    const published = (await validate(content.dir)).problems.find((p) => p.field === 'summary');
    expect(published).toMatchObject({ severity: 'error', value: '待填写：一两句话的摘要' });
    content.edit(FIRST_ARTICLE, 'corrections:', 'draft: true\ncorrections:');
    const draft = (await validate(content.dir)).problems.find((p) => p.field === 'summary');
    expect(draft?.severity).toBe('warning');
  });
});

describe('the MDX warning filter', () => {
  it('drops only the head-inject directive warning', () => {
    expect(
      isHeadInjectDirectiveWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: 'directive "use astro:head-inject" in x.mdx',
      }),
    ).toBe(true);
    expect(
      isHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in x.tsx' }),
    ).toBe(false);
    expect(
      isHeadInjectDirectiveWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'use astro:head-inject' }),
    ).toBe(false);
  });
});
