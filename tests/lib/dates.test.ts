import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatWeekday, isoDay, monthKey, yearOf } from '../../src/lib/dates';

describe('dates in Haikou time', () => {
  it('writes a date the way the paper does', () => {
    expect(formatDate(new Date('2026-05-13'))).toBe('2026年5月13日');
    expect(formatWeekday(new Date('2026-05-13'))).toBe('星期三');
  });

  it('uses the Haikou calendar day, not the build machine’s', () => {
    // 17:00 UTC on 12 May is already 01:00 on 13 May in Haikou.
    const lateUtc = new Date('2026-05-12T17:00:00Z');
    expect(isoDay(lateUtc)).toBe('2026-05-13');
    expect(formatDate(lateUtc)).toBe('2026年5月13日');
    expect(yearOf(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
  });
});

describe('months', () => {
  it('files a date under its Haikou month and names it in Chinese', () => {
    expect(monthKey(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06');
    expect(formatMonth('2026-06')).toBe('2026年6月');
  });
});
