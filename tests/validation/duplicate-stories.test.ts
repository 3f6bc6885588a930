/** npm run validate: the same story twice in the archive is an error naming both files. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content';
import { PROJECT_ROOT } from '../support/build-site';
import { copyFixture, FIRST_ARTICLE } from '../support/fixture-copy';

const NOW = new Date('2026-07-01T00:00:00Z');
const errorsOf = async (dir: string) =>
  (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: dir, now: NOW })).problems.filter(
    (p) => p.severity === 'error',
  );

/** A second copy of the first installment under another folder, slug and number. */
function copyFirst(content: ReturnType<typeof copyFixture>, folder: string, installment: number) {
  cpSync(join(content.dir, 'articles/2026-05-13-first-story'), join(content.dir, 'articles', folder), {
    recursive: true,
  });
  content.edit(`articles/${folder}/index.mdx`, 'slug: 2026-05-13-first-story', `slug: ${folder}`);
  content.edit(`articles/${folder}/index.mdx`, 'installment: 1', `installment: ${installment}`);
}

/** Invented paragraphs long enough to be compared. */
const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `第${i + 1}次议事会上，居民们商量了${['停车位', '绿化带', '电梯', '路灯'][i % 4]}的事，物业答应${i + 3}天内给出办法，楼长把结果贴在了${i + 1}号楼的公告栏里。`,
  ).join('\n\n');

describe('the same story twice', () => {
  it('reports a second installment with the same headline at its headline line, naming the first', async () => {
    const content = copyFixture();
    copyFirst(content, '2026-06-30-again', 9);
    const [problem, ...rest] = await errorsOf(content.dir);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'headline', line: 6, value: '测试主标题：电梯换新了' });
    expect(problem?.file).toMatch(/2026-06-30-again\/index\.mdx$/);
    expect(problem?.message).toContain(`${FIRST_ARTICLE}:6 的标题相同`);
    expect(problem?.message).toContain('请删除重复的一篇，或改正标题');
  });

  it('reports nearly the same body under another headline, and passes a different story', async () => {
    const content = copyFixture();
    copyFirst(content, '2026-06-30-again', 9);
    content.edit(
      'articles/2026-06-30-again/index.mdx',
      'headline: 测试主标题：电梯换新了',
      'headline: 换了标题的同一篇',
    );
    content.edit(FIRST_ARTICLE, '第二段正文：居民乘坐新电梯上下楼。', paragraphs(12));
    content.edit(
      'articles/2026-06-30-again/index.mdx',
      '第二段正文：居民乘坐新电梯上下楼。',
      `${paragraphs(12)}\n\n编辑补写的一段：改造后，老人上下楼方便多了。`,
    );
    const problems = await errorsOf(content.dir);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['正文', 6]]);
    expect(problems[0]?.message).toMatch(/正文与 .*2026-05-13-first-story\/index\.mdx:6 有 9\d% 相同/);

    content.edit('articles/2026-06-30-again/index.mdx', /第1次议事会[\s\S]*编辑补写的一段/, '另一篇报道');
    expect(await errorsOf(content.dir)).toEqual([]);
  });
});
