/**
 * Shared zod building blocks for every content schema.
 *
 * Every message here is read by editors, so it is Chinese and says what is
 * allowed and how to fix it. Field-level `error` options win over any error
 * map Astro installs, so these messages survive into Astro's own output too.
 */
import { z } from 'astro/zod';
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

/** A calendar date written as YYYY-MM-DD (YAML reads it as a Date). */
export function calendarDate(label: string) {
  return z.coerce.date({
    error: `${label}应写成 年-月-日，例如 2026-05-13`,
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
        return `不认识的字段：${issue.keys.join('、')}；请检查拼写，或删除这些行`;
      }
      return `${label}应是一组“字段: 值”`;
    },
  });
}
