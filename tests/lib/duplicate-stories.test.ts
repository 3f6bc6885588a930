/** The same story twice: same headline, or nearly the same body (src/lib/duplicate-stories.ts). */
import { describe, expect, it } from 'vitest';
import { bodyWords, findDuplicates, jaccard, shingles, StoryIndex } from '../../src/lib/duplicate-stories';

/** Invented sentences, different enough from each other: numbers and places vary. */
const SENTENCES = Array.from(
  { length: 60 },
  (_, i) =>
    `第${i + 1}号楼的居民在议事会上提出了${['停车', '绿化', '电梯', '路灯', '垃圾分类', '充电桩'][i % 6]}的问题，物业在${(i % 9) + 2}天内给出了${['方案', '答复', '时间表'][i % 3]}，楼长${['老陈', '小林', '阿芳', '老周', '小吴'][i % 5]}挨家挨户转告了${i * 7 + 13}户人家。`,
);
const body = (from: number, to: number) =>
  SENTENCES.slice(from, to)
    .map((s, i) => (i % 4 === 3 ? `${s}\n\n## 小标题${i}` : s))
    .join('\n\n');

describe('the same story twice', () => {
  it('matches the same headline whatever its punctuation and quotes', () => {
    const index = new StoryIndex();
    index.add({ key: 'a', headline: '党员带头“挑大梁” 物业“管家”更贴心', body: '' });
    expect(index.match({ key: 'b', headline: '党员带头"挑大梁"，物业"管家"更贴心', body: '' })).toEqual([
      { of: 'a', reason: 'headline' },
    ]);
    expect(index.match({ key: 'c', headline: '党员带头挑大梁', body: '' })).toEqual([]);
  });

  it('matches a body that is nearly the same, and not one that shares only half', () => {
    const original = body(0, 30);
    const edited = `${body(0, 28)}\n\n这一段是编辑后来补写的内容，说明了改造以后的新情况。`;
    const half = body(15, 45);
    const index = new StoryIndex();
    index.add({ key: 'a', headline: '甲', body: original });
    const [match] = index.match({ key: 'b', headline: '乙', body: edited });
    expect(match).toMatchObject({ of: 'a', reason: 'body' });
    expect(match?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(index.match({ key: 'c', headline: '丙', body: half })).toEqual([]);
    expect(jaccard(shingles(bodyWords(original)), shingles(bodyWords(half)))).toBeLessThan(0.8);
  });

  it('compares the words only: photos, imports, comments and placeholder paragraphs do not count', () => {
    const story = body(0, 20);
    const withMarkup = [
      "import photo from './photo.jpg';",
      story,
      '<Figure src={photo} alt="居民在议事会上发言" caption="议事会现场。" credit="本报记者 甲 摄" />',
      '待填写：这里原有一张照片。',
    ].join('\n\n');
    expect(bodyWords(withMarkup)).toEqual(bodyWords(story));
    // Two drafts that are still all placeholder text are not the same story.
    const stub = '待填写：第一段正文。\n\n## 待填写：小标题\n\n待填写：第二段正文。';
    expect(
      findDuplicates([
        { key: 'a', headline: '一', body: stub },
        { key: 'b', headline: '二', body: stub },
      ]),
    ).toEqual([]);
  });

  it('points every repeat at the earliest story it repeats', () => {
    const story = body(0, 30);
    const found = findDuplicates([
      { key: 'a', headline: '一', body: story },
      { key: 'b', headline: '二', body: body(30, 60) },
      { key: 'c', headline: '三', body: story },
      { key: 'd', headline: '二', body: body(0, 5) },
    ]);
    expect(found.map(({ key, match }) => [key, match.of, match.reason])).toEqual([
      ['c', 'a', 'body'],
      ['d', 'b', 'headline'],
    ]);
  });
});
