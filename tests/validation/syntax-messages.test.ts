/**
 * YAML mistakes beyond the fixture catalogue (tests/support/bad-inputs.ts), read the way
 * every content file is read: a Chinese cause on the line to fix, the parser's English last.
 */
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/validation/read-entry';

const problemOf = (file: string, text: string) => {
  const { problems, data } = readEntry(file, text);
  expect(data).toBeUndefined();
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('YAML syntax errors', () => {
  it.each([
    ['an unclosed single quote', "name: 'ABC\ndescription: 说明\nx: 1\n", 1, "单引号 ' 没有闭合"],
    ['a value starting with *', 'name: *重点小区\ndescription: 说明\n', 1, '以 [ { * & ! @ 开头的文字'],
    ['a value starting with !', 'name: 测试\ndescription: !注意\n', 2, '以 [ { * & ! @ 开头的文字'],
    ['a line without a colon', 'name: 测试\ndescription 说明\nx: 1\n', 2, '这一行缺少冒号'],
  ])('%s', (_what, text, line, message) => {
    const problem = problemOf('content/topics/x.yaml', text);
    expect(problem).toMatchObject({ line, field: 'YAML 格式', severity: 'error' });
    expect(problem?.message).toContain(message);
    expect(problem?.message).toMatch(/（[a-z][^）]*）$/);
  });

  it('counts lines from the top of an MDX file, frontmatter and all', () => {
    const problem = problemOf('x/index.mdx', '---\nheadline: 一\nsummary: 二\nheadline: 三\n---\n正文\n');
    expect(problem).toMatchObject({ line: 4 });
    expect(problem?.message).toContain('第 2 行已经写过');
  });

  it('reads a file with a BOM and Windows line ends like any other', () => {
    const { problems, data, bodyLine } = readEntry(
      'x/index.mdx',
      '\uFEFF---\r\nheadline: 一\r\n---\r\n正文\r\n',
    );
    expect(problems).toEqual([]);
    expect(data).toEqual({ headline: '一' });
    expect(bodyLine).toBe(4);
  });

  it('keeps dates as the text the editor wrote, for the schema to check', () => {
    expect(readEntry('x.yaml', 'published: 2026-02-30\n').data).toEqual({ published: '2026-02-30' });
  });
});
