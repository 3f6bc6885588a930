import { describe, expect, it } from 'vitest';
import { formatReport, type Problem } from '../../src/lib/problems';

const error: Problem = {
  file: 'content/articles/x/index.mdx',
  line: 14,
  field: 'districts[0]',
  value: 'qiongshn',
  severity: 'error',
  message: '没有编号为 qiongshn 的区',
};

describe('the problem report', () => {
  it('prints file:line, field, value and the fix on each problem', () => {
    const report = formatReport([error]);
    expect(report).toContain(
      '✖ 错误  content/articles/x/index.mdx:14  districts[0]  "qiongshn"\n    → 没有编号为 qiongshn 的区',
    );
    expect(report).toContain('内容检查未通过：1 个错误，0 个提醒。');
    expect(report).toContain('npm run validate');
  });

  it('passes with warnings alone', () => {
    const report = formatReport([{ ...error, severity: 'warning', message: '草稿' }]);
    expect(report).toContain('▲ 提醒');
    expect(report).toContain('内容检查通过，有 1 个提醒。');
  });

  it('orders problems by file and line', () => {
    const later = { ...error, line: 20, field: 'topics[0]' };
    const other = { ...error, file: 'content/a.yaml', line: 1 };
    const lines = formatReport([later, error, other])
      .split('\n')
      .filter((l) => l.startsWith('✖'));
    expect(lines.map((l) => l.split('  ')[1])).toEqual([
      'content/a.yaml:1',
      'content/articles/x/index.mdx:14',
      'content/articles/x/index.mdx:20',
    ]);
  });
});
