/**
 * Every date the site prints goes through here, in Haikou's time zone, so a
 * build on a UTC machine never shows the wrong day.
 */
export const TIME_ZONE = 'Asia/Shanghai';

const longDate = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

const weekday = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, weekday: 'long' });

const isoParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 2026年5月13日 */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** 星期三 */
export function formatWeekday(date: Date): string {
  return weekday.format(date);
}

/** 2026-05-13, the calendar day in Haikou; for `<time datetime>` and URLs. */
export function isoDay(date: Date): string {
  return isoParts.format(date);
}

/** Year in Haikou, e.g. 2026. */
export function yearOf(date: Date): number {
  return Number(isoDay(date).slice(0, 4));
}

/** Year and month in Haikou, e.g. 2026-05, for the archive. */
export function monthKey(date: Date): string {
  return isoDay(date).slice(0, 7);
}

/** 2026-05 → 2026年5月 */
export function formatMonth(key: string): string {
  const [year, month] = key.split('-');
  return `${year}年${Number(month)}月`;
}

/** How a calendar day is written in content files: 2026-05-13. */
export const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Haikou has kept UTC+8 all year since 1991, so midnight there has one fixed offset. */
const HAIKOU_OFFSET = '+08:00';

/**
 * The start of a calendar day in Haikou, from `YYYY-MM-DD`; undefined when the day does
 * not exist (2026-02-30, 2026-13-40) instead of rolling over into the next month.
 */
export function haikouDay(text: string): Date | undefined {
  const match = DAY_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return new Date(`${text}T00:00:00${HAIKOU_OFFSET}`);
}
