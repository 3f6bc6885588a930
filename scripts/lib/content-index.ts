/**
 * What the editor commands need to know about the content already there:
 * ids and names of series, districts, topics, communities and people, and
 * the installments that exist. Read with the validator's own reader from the
 * content root (content/ or SITE_CONTENT_DIR).
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { entryId, LAYOUT, type CollectionName } from '../../src/content-layout';
import type { KnownEntry } from '../../src/import/types';
import type { ArticleRecord } from '../../src/lib/references';
import { readEntry } from '../../src/validation/read-entry';

export interface SeriesEntry extends KnownEntry {
  /** Newspaper that runs the column, for the print reference. */
  paper?: string | undefined;
}

export interface ContentIndex {
  root: string;
  series: SeriesEntry[];
  districts: KnownEntry[];
  topics: KnownEntry[];
  communities: KnownEntry[];
  people: (KnownEntry & { role?: string | undefined })[];
  /** Existing installments as the reference checks read them. */
  articles: ArticleRecord[];
  /** Folder names under articles/. */
  articleFolders: Set<string>;
  /** Each installment's folder, headline and body, to tell a story already in the archive. */
  stories: { folder: string; headline: string; body: string }[];
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/** Every entry of one collection: its id and parsed data (empty when the file is broken). */
async function readCollection(root: string, name: CollectionName) {
  const base = resolve(root, LAYOUT[name].folder);
  const files = (await glob(LAYOUT[name].pattern, { cwd: base })).sort();
  return Promise.all(
    files.map(async (file) => {
      const absolute = resolve(base, file);
      const { data, body } = readEntry(file, await readFile(absolute, 'utf8'));
      return { id: entryId(file), file: relative(process.cwd(), absolute), data: record(data), body };
    }),
  );
}

/** Reads the content root; broken files are read leniently (npm run validate reports them). */
export async function readContentIndex(root: string): Promise<ContentIndex> {
  const [series, districts, topics, communities, people, articles] = await Promise.all([
    readCollection(root, 'series'),
    readCollection(root, 'districts'),
    readCollection(root, 'topics'),
    readCollection(root, 'communities'),
    readCollection(root, 'people'),
    readCollection(root, 'articles'),
  ]);
  const order = (data: Record<string, unknown>) => (typeof data.order === 'number' ? data.order : 99);
  return {
    root,
    series: series.map(({ id, data }) => ({ id, name: text(data.title) ?? id, paper: text(data.paper) })),
    districts: [...districts]
      .sort((a, b) => order(a.data) - order(b.data))
      .map(({ id, data }) => ({ id, name: text(data.name) ?? id })),
    topics: topics.map(({ id, data }) => ({ id, name: text(data.name) ?? id })),
    communities: communities.map(({ id, data }) => ({
      id,
      name: text(data.name) ?? id,
      aliases: texts(data.aliases),
      district: text(data.district),
    })),
    people: people.map(({ id, data }) => ({ id, name: text(data.name) ?? id, role: text(data.role) })),
    articles: articles.map(({ id, file, data }) => ({
      file,
      data: {
        series: text(data.series) ?? '',
        installment: typeof data.installment === 'number' ? data.installment : NaN,
        slug: text(data.slug) ?? id,
        districts: [],
        communities: [],
        topics: [],
        bylines: {},
      },
    })),
    articleFolders: new Set(articles.map(({ id }) => id)),
    stories: articles.map(({ id, data, body }) => ({
      folder: id,
      headline: text(data.headline) ?? '',
      body,
    })),
  };
}

/** The next installment number of a column: the highest so far plus one. */
export function nextInstallment(index: Pick<ContentIndex, 'articles'>, series: string): number {
  const numbers = index.articles
    .filter((article) => article.data.series === series && Number.isFinite(article.data.installment))
    .map((article) => article.data.installment);
  return Math.max(0, ...numbers) + 1;
}

/** How to add a district, topic, community or person that is not in the lists yet. */
export const HOW_TO_ADD = {
  districts:
    '要的区不在列表里？在 content/districts/ 新建 <拼音>.yaml，写 name（区名）、pinyin（拼音名）、description（简介）、order（排序）。全市性的报道选 citywide',
  topics:
    '要的话题不在列表里？在 content/topics/ 新建 <编号>.yaml，写 name（话题名）和 description（简介），见 docs/editing.md 第四节',
  communities:
    '要的小区不在列表里？在 content/communities/ 新建 <小区拼音>.yaml，写 name（小区名称）和 district（所属区编号），可加 aliases、subdistrict、builtYear、facts，见 docs/editing.md 第四节',
  people:
    '要的人不在列表里？在 content/people/ 新建 <姓名拼音>.yaml，写 name（姓名）和 role（reporter、special-correspondent、correspondent 或 photographer），见 docs/editing.md 第四节',
} as const;
