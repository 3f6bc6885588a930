import { BYLINE_ROLES } from '../schemas/byline-role';
import { CITYWIDE, type ArticleData } from '../schemas/article';
import { SLUG_PATTERN } from '../schemas/common';
import type { Community } from '../schemas/community';
import { fieldPath, type Problem } from './problems';

/** Finds the line of a field path in a file, when the reader knows it. */
export type Locate = (path: readonly (string | number)[]) => number | undefined;

export interface ArticleRecord {
  file: string;
  data: Pick<
    ArticleData,
    'series' | 'installment' | 'slug' | 'districts' | 'communities' | 'topics' | 'bylines'
  >;
  locate?: Locate;
}

export interface CommunityRecord {
  file: string;
  id: string;
  data: Pick<Community, 'district'>;
  locate?: Locate;
}

/** Where a field of a file is: its file, field path and line, as a Problem names them. */
export function placeOf(record: { file: string; locate?: Locate | undefined }, path: (string | number)[]) {
  return { file: record.file, field: fieldPath(path), line: record.locate?.(path) };
}

/** The ids each data collection defines, by collection. */
export interface KnownIds {
  series: ReadonlySet<string>;
  districts: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  communities: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

const FOLDERS: Record<keyof KnownIds, { label: string; folder: string; file: (id: string) => string }> = {
  series: { label: '专栏', folder: 'content/series/', file: (id) => `${id}/index.mdx` },
  districts: { label: '区', folder: 'content/districts/', file: (id) => `${id}.yaml` },
  topics: { label: '话题', folder: 'content/topics/', file: (id) => `${id}.yaml` },
  communities: { label: '小区', folder: 'content/communities/', file: (id) => `${id}.yaml` },
  people: { label: '人员', folder: 'content/people/', file: (id) => `${id}.yaml` },
};

function listIds(ids: ReadonlySet<string>): string {
  const all = [...ids].sort();
  if (all.length === 0) return '（目前一个也没有）';
  return all.length > 12 ? `${all.slice(0, 12).join('、')} 等 ${all.length} 个` : all.join('、');
}

function unknown(
  kind: keyof KnownIds,
  known: KnownIds,
  value: string,
  where: { file: string; field: string; line: number | undefined },
  extra = '',
): Problem {
  const { label, folder, file } = FOLDERS[kind];
  return {
    ...where,
    value,
    severity: 'error',
    message: `没有编号为 ${value} 的${label}。可用的有：${listIds(known[kind])}${extra}；如果确实是新的${label}，请先在 ${folder} 新建 ${file(value)}`,
  };
}

/**
 * Checks what zod cannot see from one file alone: every id an article or a
 * community points to exists, installment numbers are unique within a
 * column, and URL slugs are unique across the archive.
 */
export function checkReferences(
  articles: readonly ArticleRecord[],
  communities: readonly CommunityRecord[],
  known: KnownIds,
): Problem[] {
  const problems: Problem[] = [];
  // An id that is not even well-formed was already reported by its schema.
  const wellFormed = (id: string) => SLUG_PATTERN.test(id);
  for (const community of communities) {
    if (wellFormed(community.data.district) && !known.districts.has(community.data.district)) {
      problems.push(unknown('districts', known, community.data.district, placeOf(community, ['district'])));
    }
  }

  const bySlug = new Map<string, ArticleRecord[]>();
  const byInstallment = new Map<string, ArticleRecord[]>();

  for (const article of articles) {
    const { data } = article;
    if (wellFormed(data.series) && !known.series.has(data.series)) {
      problems.push(unknown('series', known, data.series, placeOf(article, ['series'])));
    }
    data.districts.forEach((id, i) => {
      if (id !== CITYWIDE && wellFormed(id) && !known.districts.has(id)) {
        problems.push(
          unknown('districts', known, id, placeOf(article, ['districts', i]), `；全市性报道写 ${CITYWIDE}`),
        );
      }
    });
    data.communities.forEach((id, i) => {
      if (wellFormed(id) && !known.communities.has(id)) {
        problems.push(unknown('communities', known, id, placeOf(article, ['communities', i])));
      }
    });
    data.topics.forEach((id, i) => {
      if (wellFormed(id) && !known.topics.has(id))
        problems.push(unknown('topics', known, id, placeOf(article, ['topics', i])));
    });
    for (const role of BYLINE_ROLES) {
      data.bylines[role]?.forEach((id, i) => {
        if (wellFormed(id) && !known.people.has(id))
          problems.push(unknown('people', known, id, placeOf(article, ['bylines', role, i])));
      });
    }
    // A missing slug or number is the schema's to report; only real values can collide.
    if (data.slug) bySlug.set(data.slug, [...(bySlug.get(data.slug) ?? []), article]);
    if (Number.isFinite(data.installment)) {
      const key = `${data.series}#${data.installment}`;
      byInstallment.set(key, [...(byInstallment.get(key) ?? []), article]);
    }
  }

  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group.filter((a) => a !== article).map((a) => a.file);
      problems.push({
        ...placeOf(article, ['slug']),
        value: slug,
        severity: 'error',
        message: `网址名 ${slug} 与 ${others.join('、')} 重复，两篇文章会争同一个网址；请给其中一篇换一个网址名`,
      });
    }
  }

  for (const group of byInstallment.values()) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group.filter((a) => a !== article).map((a) => a.file);
      problems.push({
        ...placeOf(article, ['installment']),
        value: article.data.installment,
        severity: 'error',
        message: `专栏 ${article.data.series} 的第 ${article.data.installment} 期与 ${others.join('、')} 重复；同一专栏里每期的期数必须不同，请改正其中一篇`,
      });
    }
  }

  return problems;
}
