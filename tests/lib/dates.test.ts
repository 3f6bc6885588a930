import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMonth,
  formatWeekday,
  haikouDay,
  isoDay,
  monthKey,
  yearOf,
} from '../../src/lib/dates';

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

describe('calendar days from content files', () => {
  it('is the start of the day in Haikou', () => {
    expect(haikouDay('2026-05-13')).toEqual(new Date('2026-05-12T16:00:00Z'));
    expect(haikouDay('2026-05-13') && isoDay(haikouDay('2026-05-13') as Date)).toBe('2026-05-13');
  });

  it('exists only on the calendar, leap days included', () => {
    expect(haikouDay('2028-02-29')).toBeDefined();
    for (const day of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-40',
      '2026-00-10',
      '2026-04-31',
      '2026-5-13',
      '2026/05/13',
    ]) {
      expect(haikouDay(day), day).toBeUndefined();
    }
  });
});
