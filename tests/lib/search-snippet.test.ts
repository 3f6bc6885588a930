import { describe, expect, it } from 'vitest';
import { findAll, snippetOf, type SnippetPart } from '../../src/lib/search-snippet';

const HEADLINE = '党员带头“挑大梁” 物业“管家”更贴心';
const TEXT = `${HEADLINE}\n本报记者 李欣 摄影 苏弼坤\n5月12日上午，记者走进琼山区红城湖国际广场小区，只见老人伴着音乐打太极，孩子们在游乐区玩耍，分类垃圾屋前十分整洁。小区议事堂每月开会，为居民解决烦心事，已经办成十多件实事。`;
const show = (parts: SnippetPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('snippetOf', () => {
  it('starts at the sentence holding the match and marks the query', () => {
    expect(show(snippetOf(TEXT, ['议事堂'], HEADLINE))).toMatch(/^…小区\[议事堂\]每月开会/);
  });

  it('never starts with a mark or in the middle of a Latin word', () => {
    const parts = snippetOf('甲乙丙丁，戊己庚辛。ABCDEF GHIJ 的报道里有电梯更新。', ['电梯'], '', 16);
    const text = show(parts);
    expect(text).not.toMatch(/^…?[，。\s]/);
    expect(text).not.toMatch(/^…?[B-F]/);
  });

  it('keeps names apart and finds a phrase across quotation marks', () => {
    expect(show(snippetOf(TEXT, ['李欣'], HEADLINE))).toContain('本报记者 [李欣] 摄影 苏弼坤');
    expect(findAll(HEADLINE, ['物业管家'])).toHaveLength(1);
  });

  it('does not repeat the headline when only the headline holds the query', () => {
    const text = show(snippetOf(TEXT, ['物业管家'], HEADLINE));
    expect(text).not.toContain('挑大梁');
    expect(text).toContain('本报记者 李欣');
  });

  it('ends with an ellipsis where it cuts the text', () => {
    expect(show(snippetOf(TEXT, ['红城湖'], HEADLINE, 20))).toMatch(/…$/);
  });
});
