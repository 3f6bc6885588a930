/**
 * Two districts, topics or communities with the same name would give readers two pages
 * they cannot tell apart, and editors two ids to choose from; two people may share a
 * name, so for them it is a reminder.
 */
import type { Problem } from '../lib/problems';
import type { Locate } from '../lib/references';

export interface NamedEntry {
  file: string;
  id: string;
  data: unknown;
  locate: Locate;
}

const LABELS = {
  districts: { label: '区', severity: 'error' },
  topics: { label: '话题', severity: 'error' },
  communities: { label: '小区', severity: 'error' },
  people: { label: '人员', severity: 'warning' },
} as const;

export type NamedCollection = keyof typeof LABELS;

const nameOf = (data: unknown): string => {
  const name = data !== null && typeof data === 'object' ? (data as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name.trim() : '';
};

/** Every entry whose name another entry of the same collection also has. */
export function checkDuplicateNames(collection: NamedCollection, entries: readonly NamedEntry[]): Problem[] {
  const { label, severity } = LABELS[collection];
  const byName = new Map<string, NamedEntry[]>();
  for (const entry of entries) {
    const name = nameOf(entry.data);
    if (name) byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  const fix =
    collection === 'people'
      ? '如果确实是同名的两个人，可以不管这条提醒；如果是同一个人，请只留一个文件，文章里都写同一个编号'
      : `请只留一个文件，文章里都写同一个编号；如果确实是两个不同的${label}，请把名称写得能区分开`;
  return [...byName.entries()]
    .filter(([, group]) => group.length > 1)
    .flatMap(([name, group]) =>
      group.map((entry) => ({
        file: entry.file,
        line: entry.locate(['name']),
        field: 'name',
        value: name,
        severity,
        message: `${label}名称“${name}”重复：${group
          .filter((other) => other !== entry)
          .map((other) => `${other.id}（${other.file}）`)
          .join('、')} 也叫这个名字；${fix}`,
      })),
    );
}
