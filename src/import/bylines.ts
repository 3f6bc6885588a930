/**
 * Bylines, datelines and photo credits: who wrote and who photographed a
 * story, by role, and which of them the archive already has on file.
 */
import { t } from '../i18n/zh-CN';
import { BYLINE_ROLES, type BylineRole } from '../schemas/byline-role';
import { CREDIT } from './lines';
import type { ImportContext, ReportItem } from './types';

const NAME = /^[\p{Script=Han}·]{2,4}$/u;
/** A line of nothing but names: a byline wrapped onto the next line. */
export const NAMES_LINE = /^[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*$/u;

/** Role words as printed, longest first so that 特约记者 wins over 记者; null: not a byline role. */
const ROLE_WORDS: readonly (readonly [string, BylineRole | null])[] = [
  ['本报特约记者', 'special-correspondent'],
  ['特约记者', 'special-correspondent'],
  ['本报通讯员', 'correspondent'],
  ['本报记者', 'reporter'],
  ['见习记者', 'reporter'],
  ['实习生', null],
  ['通讯员', 'correspondent'],
  ['记者', 'reporter'],
  ['摄影', 'photographer'],
];
/** After a name: the reporter took the photos too （记者甲摄影报道）. */
const PHOTO_REPORT = '摄影报道';

/** A name in a byline, with the role it was printed under. */
export interface RoleName {
  role: BylineRole;
  name: string;
}

/** What a byline or dateline says: names by role, and pieces that are not names. */
export interface ParsedNames {
  names: RoleName[];
  /** Text that is neither a role word nor a two-to-four-character name. */
  unclear: string[];
}

/** One word of a byline: a role word it starts with, the name after it, and 摄影报道 after the name. */
function readWord(word: string): { role?: BylineRole | null; name: string; photoReport: boolean } {
  if (word === PHOTO_REPORT) return { name: '', photoReport: true };
  const roleWord = ROLE_WORDS.find(([w]) => word.startsWith(w));
  const rest = roleWord ? word.slice(roleWord[0].length) : word;
  const photoReport = rest.endsWith(PHOTO_REPORT);
  const name = photoReport ? rest.slice(0, -PHOTO_REPORT.length) : rest;
  return roleWord ? { role: roleWord[1], name, photoReport } : { name, photoReport };
}

const words = (text: string) => text.split(/[\s、，]+/).filter(Boolean);

/**
 * Names by role from a byline (`本报记者 甲 乙 通讯员 丙`) or the inside of a
 * dateline (`记者甲 通讯员丙`， `记者甲摄影报道`). Read a word at a time, so a
 * name that merely contains a role word (丁摄影) stays a name.
 */
export function parseNames(text: string): ParsedNames {
  const names: RoleName[] = [];
  const unclear: string[] = [];
  let role: BylineRole | null = null;
  let sinceRole: string[] = [];
  for (const word of words(text)) {
    const read = readWord(word);
    if (read.role !== undefined) {
      role = read.role;
      sinceRole = [];
    }
    if (read.name && role && NAME.test(read.name)) {
      names.push({ role, name: read.name });
      sinceRole.push(read.name);
    } else if (read.name) {
      unclear.push(word);
    }
    if (read.photoReport) names.push(...sinceRole.map((name) => ({ role: 'photographer' as const, name })));
  }
  return { names, unclear };
}

/** Photographers in a credit line (`本报记者 甲 摄`): the names before 摄, without role words. */
export function parseCredit(line: string): string[] {
  const match = CREDIT.exec(line);
  return match
    ? words(match[1] ?? '')
        .map((word) => readWord(word).name)
        .filter((name) => NAME.test(name))
    : [];
}

/**
 * Person ids by role for the names of a story. Known names become ids;
 * unknown ones are reported once per person, with every role they were
 * printed under (记者甲摄影报道 is one person file, in two byline roles),
 * never invented.
 */
export function resolveBylines(
  names: readonly RoleName[],
  context: Pick<ImportContext, 'people' | 'suggestId'>,
): { bylines: Partial<Record<BylineRole, string[]>>; report: ReportItem[] } {
  const bylines: Partial<Record<BylineRole, string[]>> = {};
  const report: ReportItem[] = [];
  const byName = new Map(context.people.map((person) => [person.name, person.id]));
  const unknown = new Map<string, BylineRole[]>();
  const seen = new Set<string>();
  for (const { role, name } of names) {
    if (seen.has(`${role}:${name}`)) continue;
    seen.add(`${role}:${name}`);
    const id = byName.get(name);
    if (id) (bylines[role] ??= []).push(id);
    else unknown.set(name, [...(unknown.get(name) ?? []), role]);
  }
  for (const [name, roles] of unknown) {
    const suggested = context.suggestId?.(name) ?? '<姓名拼音>';
    const [first = 'reporter'] = roles;
    const printed = roles.map((role) => t.bylines[role]).join('和');
    const fields = roles.map((role) => `bylines.${role}`).join(' 和 ');
    const fileRole =
      roles.length > 1
        ? `role: ${first}（人员文件只写一个主要身份；同一个人可以同时出现在几种署名里）`
        : `role: ${first}`;
    report.push({
      field: `bylines.${first}`,
      value: name,
      message: `署名里的${printed}“${name}”在 content/people/ 里还没有人员文件，没有写进署名；请新建 content/people/${suggested}.yaml，写 name: ${name} 和 ${fileRole}，再把编号 ${suggested} 加进 ${fields}`,
    });
  }
  if (!BYLINE_ROLES.some((role) => bylines[role]?.length)) {
    report.push({
      field: 'bylines',
      message: '署名里没有一位已建档的人员，文章信息里的署名是空的；按上面的提示新建人员文件后补上',
    });
  }
  return { bylines, report };
}
