import { describe, expect, it } from 'vitest';
import { fullWidthQuotes } from '../../src/lib/full-width-quotes';

describe('fullWidthQuotes', () => {
  it('turns straight double quotes into “ and ” in pairs', () => {
    expect(fullWidthQuotes('党员带头"挑大梁" 物业"管家"更贴心')).toBe('党员带头“挑大梁” 物业“管家”更贴心');
    expect(fullWidthQuotes('＂和美小区＂')).toBe('“和美小区”');
  });

  it('turns single quotes inside a quotation into ‘ and ’, but leaves an English apostrophe', () => {
    expect(fullWidthQuotes('他说"大家叫它\'议事堂\'"')).toBe('他说“大家叫它‘议事堂’”');
    expect(fullWidthQuotes("Haikou's 小区")).toBe("Haikou's 小区");
  });

  it('leaves text with curly quotes, or none, as it is', () => {
    expect(fullWidthQuotes('这些“和美小区”是怎样炼成的？')).toBe('这些“和美小区”是怎样炼成的？');
    expect(fullWidthQuotes('没有引号')).toBe('没有引号');
  });
});
