/** Bylines, datelines and credits: names by role, and which people are on file (src/import/bylines.ts). */
import { describe, expect, it } from 'vitest';
import { parseCredit, parseNames, resolveBylines } from '../../src/import/bylines';
import { context } from './context';

describe('names by role', () => {
  it('reads names by role from bylines, datelines and credits', () => {
    expect(parseNames('本报记者 甲记者 乙记者 特约记者 丙某 通讯员 丁某 戊某').names).toEqual([
      { role: 'reporter', name: '甲记者' },
      { role: 'reporter', name: '乙记者' },
      { role: 'special-correspondent', name: '丙某' },
      { role: 'correspondent', name: '丁某' },
      { role: 'correspondent', name: '戊某' },
    ]);
    expect(parseNames('记者王一 通讯员李二 张三').names.map((n) => `${n.role}:${n.name}`)).toEqual([
      'reporter:王一',
      'correspondent:李二',
      'correspondent:张三',
    ]);
    expect(parseNames('实习生 钱四').unclear).toEqual(['钱四']);
    expect(parseCredit('本报记者 符永健 摄')).toEqual(['符永健']);
    expect(parseCredit('丁摄影 摄')).toEqual(['丁摄影']);
    expect(parseCredit('新华社记者 赵五 摄')).toEqual(['赵五']);
  });
});

describe('people on file', () => {
  it('maps known names to ids and gives one piece of advice per unknown person, with all their roles', () => {
    // 记者 周慧 摄影报道: one person, reporter and photographer.
    const { names } = parseNames('记者 钱无名 摄影报道 通讯员 甲记者');
    const { bylines, report } = resolveBylines(names, context);
    expect(bylines).toEqual({ correspondent: ['reporter-a'] });
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ field: 'bylines.reporter', value: '钱无名' });
    expect(report[0]?.message).toContain('新建 content/people/id-of-钱无名.yaml');
    expect(report[0]?.message).toContain('role: reporter（人员文件只写一个主要身份');
    expect(report[0]?.message).toContain('加进 bylines.reporter 和 bylines.photographer');
    expect(report[0]?.message).not.toContain('role: photographer');
  });

  it('puts a known person who is reporter and photographer in both roles, and says when nobody is on file', () => {
    const { bylines } = resolveBylines(parseNames('记者乙记者摄影报道').names, context);
    expect(bylines).toEqual({ reporter: ['reporter-b'], photographer: ['reporter-b'] });
    const none = resolveBylines(parseNames('通讯员 钱无名').names, context);
    expect(none.report.map((r) => r.field)).toEqual(['bylines.correspondent', 'bylines']);
  });
});
