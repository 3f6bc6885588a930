import { describe, expect, it } from 'vitest';
import { checkReferences, type ArticleRecord, type KnownIds } from '../../src/lib/references';

const known: KnownIds = {
  series: new Set(['hemei-xiaoqu']),
  districts: new Set(['qiongshan', 'meilan']),
  topics: new Set(['lift-renewal']),
  communities: new Set(['jindao-tianxia']),
  people: new Set(['li-xin']),
};

const article = (file: string, change: Partial<ArticleRecord['data']> = {}): ArticleRecord => ({
  file,
  locate: (path) => (path[0] === 'districts' ? 7 : 3),
  data: {
    series: 'hemei-xiaoqu',
    installment: 1,
    slug: file,
    districts: ['qiongshan'],
    communities: ['jindao-tianxia'],
    topics: ['lift-renewal'],
    bylines: { reporter: ['li-xin'] },
    ...change,
  },
});

describe('cross-references', () => {
  it('finds nothing wrong in consistent content, citywide included', () => {
    expect(
      checkReferences([article('a'), article('b', { installment: 2, districts: ['citywide'] })], [], known),
    ).toEqual([]);
  });

  it('names the unknown id, the field and its line, and lists what exists', () => {
    const [problem] = checkReferences([article('a', { districts: ['qiongshn'] })], [], known);
    expect(problem).toMatchObject({
      file: 'a',
      line: 7,
      field: 'districts[0]',
      value: 'qiongshn',
      severity: 'error',
    });
    expect(problem?.message).toContain('可用的有：meilan、qiongshan');
    expect(problem?.message).toContain('content/districts/ 新建 qiongshn.yaml');
  });

  it('checks people in every byline role, topics, communities and series', () => {
    const problems = checkReferences(
      [
        article('a', {
          series: 'other',
          topics: ['nope'],
          communities: ['gone'],
          bylines: { reporter: ['li-xin'], photographer: ['nobody'] },
        }),
      ],
      [{ file: 'c.yaml', id: 'c', data: { district: 'longhua' } }],
      known,
    );
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['bylines.photographer[0]', 'communities[0]', 'district', 'series', 'topics[0]'].sort(),
    );
  });

  it('reports both articles of a duplicate installment number or slug', () => {
    const problems = checkReferences([article('a'), article('b', { slug: 'a' })], [], known);
    expect(problems.filter((p) => p.field === 'installment').map((p) => p.file)).toEqual(['a', 'b']);
    expect(problems.filter((p) => p.field === 'slug').map((p) => p.file)).toEqual(['a', 'b']);
    expect(problems[0]?.message).toContain('与 b 重复');
  });

  it('allows the same number in different columns', () => {
    const other = { ...known, series: new Set(['hemei-xiaoqu', 'other']) };
    expect(checkReferences([article('a'), article('b', { series: 'other' })], [], other)).toEqual([]);
  });

  it('leaves ids the schema already rejected to the schema', () => {
    expect(checkReferences([article('a', { districts: ['琼山区'] })], [], known)).toEqual([]);
  });
});
