/**
 * Shared zod building blocks for every content schema.
 *
 * Every message here is read by editors, so it is Chinese and says what is
 * allowed and how to fix it. Field-level `error` options win over any error
 * map Astro installs, so these messages survive into Astro's own output too.
 */
import { z } from 'astro/zod';
import { DAY_PATTERN, haikouDay } from '../lib/dates';
import { fullWidthQuotes } from '../lib/full-width-quotes';

/** ASCII slug used as an entry id and in URLs: lowercase letters, digits, hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (the data file's name without extension). */
export function idRef(what: string) {
  return z
    .string({ error: `${what}应写成编号（英文小写字母、数字和连字符），例如 qiongshan` })
    .regex(SLUG_PATTERN, {
      error: `${what}编号只能用英文小写字母、数字和连字符，例如 qiongshan；不要写中文名称`,
    });
}

/** A required single line of Chinese text, published with Chinese quotation marks （"管家" becomes “管家”）. */
export function requiredText(label: string, hint = '') {
  return z
    .string({ error: `缺少${label}${hint ? `:${hint}` : ''}` })
    .trim()
    .min(1, { error: `${label}不能为空${hint ? `:${hint}` : ''}` })
    .transform(fullWidthQuotes);
}

/** A required text with a maximum length counted in characters (CJK counts as one). */
export function boundedText(label: string, max: number) {
  return requiredText(label).refine((value) => [...value].length <= max, {
    error: (issue) => `${label}最多 ${max} 个字，现在有 ${[...String(issue.input)].length} 个字；请删短`,
  });
}

/** Why a day is not on the calendar: 没有 13 月, 2026 年 2 月只有 28 天. */
function missingDay(year: number, month: number, day: number): string {
  if (month < 1 || month > 12) return `一年只有 12 个月，没有 ${month} 月`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 ? `没有 ${day} 日` : `${year} 年 ${month} 月只有 ${days} 天，没有 ${day} 日`;
}

/**
 * A calendar day written as YYYY-MM-DD, the start of that day in Haikou. A day that does
 * not exist or another way of writing it (2026/05/13, 2026-5-13) is an error naming the
 * right form. The content loaders keep YAML dates as text; a Date (from Astro's own loader
 * for the column's frontmatter) is read as the UTC day YAML meant.
 */
export function calendarDate(label: string) {
  const example = '例如 2026-05-13';
  return z
    .union([z.date(), z.string()], { error: `${label}应写成 年-月-日，${example}` })
    .transform((value, context) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      const day = haikouDay(text);
      if (day) return day;
      const parts = /^(\d{4})\D(\d{1,2})\D(\d{1,2})日?$/.exec(text);
      const suggestion = parts
        ? `${parts[1]}-${parts[2]?.padStart(2, '0')}-${parts[3]?.padStart(2, '0')}`
        : undefined;
      const message =
        suggestion && DAY_PATTERN.test(text)
          ? `${label}这一天不存在（${missingDay(Number(parts?.[1]), Number(parts?.[2]), Number(parts?.[3]))}）；请核对日期，${example}`
          : suggestion && haikouDay(suggestion)
            ? `${label}只能写成 年-月-日（四位年、两位月、两位日，用英文减号连接）；这里应写成 ${suggestion}`
            : `${label}应写成 年-月-日（四位年、两位月、两位日，用英文减号连接），${example}`;
      context.addIssue({ code: 'custom', message, input: value });
      return z.NEVER;
    });
}

/** A year written as four digits, e.g. 2011. */
export function year(label: string) {
  return z
    .number({ error: `${label}应写成四位数字的年份，例如 2011` })
    .int({ error: `${label}应写成四位数字的年份，例如 2011` })
    .min(1900, { error: `${label}应在 1900 年之后` })
    .max(2100, { error: `${label}应在 2100 年之前` });
}

/**
 * An object that rejects unknown keys, so a misspelt field name is reported
 * instead of silently ignored.
 */
export function fields<Shape extends z.ZodRawShape>(shape: Shape, label = '这一项') {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `不认识的字段：${issue.keys.join('、')}；${label}里能写的字段只有 ${Object.keys(shape).join('、')}，请检查拼写，或删除这些行`;
      }
      return `${label}应是一组“字段: 值”`;
    },
  });
}
