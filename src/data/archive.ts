/**
 * The one place pages get content from. Loads every collection once per
 * build, applies the publish rule and the archive's one sort, and indexes
 * installments by series, district, topic, community and person, so each page
 * reads ready data instead of scanning all articles again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CITYWIDE } from '../schemas/article';
import { BYLINE_ROLES } from '../schemas/byline-role';
import { monthKey } from '../lib/dates';
import { groupByKeys } from '../lib/grouping';
import type { ShareImageInput } from '../lib/share-image';
import { t } from '../i18n/zh-CN';
import { creditedBylines, type Bylines } from '../lib/photo-credits';
import { relatedItems } from '../lib/related';
import { isPublished } from '../lib/publish';
import { compareNewestFirst, newestFirst } from '../lib/sort';

export type Article = CollectionEntry<'articles'>;
export type SeriesEntry = CollectionEntry<'series'>;
export type DistrictEntry = CollectionEntry<'districts'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type CommunityEntry = CollectionEntry<'communities'>;
export type PersonEntry = CollectionEntry<'people'>;

export interface Archive {
  /** Published installments, newest first. */
  articles: Article[];
  series: SeriesEntry[];
  /** In the city's usual order （秀英、龙华、琼山、美兰）. */
  districts: DistrictEntry[];
  topics: TopicEntry[];
  communities: CommunityEntry[];
  people: PersonEntry[];
  seriesById: Map<string, SeriesEntry>;
  districtById: Map<string, DistrictEntry>;
  topicById: Map<string, TopicEntry>;
  communityById: Map<string, CommunityEntry>;
  personById: Map<string, PersonEntry>;
  /** Installments newest first, by the id they point to. */
  bySeries: Map<string, Article[]>;
  byDistrict: Map<string, Article[]>;
  byTopic: Map<string, Article[]>;
  byCommunity: Map<string, Article[]>;
  byPerson: Map<string, Article[]>;
  /** City-wide installments (districts: [citywide]), newest first. */
  citywide: Article[];
  /** Installments by month in Haikou (2026-05), months newest first. */
  byMonth: Map<string, Article[]>;
  /** Up to `limit` installments related to this one: same community, then topic, then district. */
  relatedTo: (article: Article, limit?: number) => Article[];
  /** An installment's bylines as published: a photographer no photo on the page credits is left out. */
  bylinesOf: (article: Article) => Bylines;
  /** Names of the districts an installment is filed under; 全市 for a city-wide one. */
  placesOf: (article: Article) => string[];
  /**
   * What the installment's share card shows. The card page and the feeds both use it, and
   * the card cache is keyed by it, so it must be built in this one place.
   */
  shareCardOf: (article: Article) => ShareImageInput;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
const byName = <T extends { data: { name: string } }>(a: T, b: T) =>
  a.data.name.localeCompare(b.data.name, 'zh-CN');

let loading: Promise<Archive> | undefined;

/** The archive for this build; loaded on first use and shared by every page. */
export function getArchive(): Promise<Archive> {
  loading ??= loadArchive();
  return loading;
}

async function loadArchive(): Promise<Archive> {
  const publish = { now: new Date(), preview: import.meta.env.PREVIEW_UNPUBLISHED };
  const [all, series, districts, topics, communities, people] = await Promise.all([
    getCollection('articles'),
    getCollection('series'),
    getCollection('districts'),
    getCollection('topics'),
    getCollection('communities'),
    getCollection('people'),
  ]);
  const articles = newestFirst(
    all.filter((article) => isPublished(article.data, publish)),
    (article) => article.data,
  );
  const byCommunity = groupByKeys(articles, (a) => a.data.communities);
  const byTopic = groupByKeys(articles, (a) => a.data.topics);
  const byDistrict = groupByKeys(articles, (a) => a.data.districts.filter((id) => id !== CITYWIDE));
  const listsFor = (index: Map<string, Article[]>, ids: readonly string[]) =>
    ids.map((id) => index.get(id) ?? []);
  const districtById = byId(districts);
  const seriesById = byId(series);
  const personById = byId(people);
  const bylinesOf = (article: Article) =>
    creditedBylines(
      article.data.bylines,
      [...(article.data.cover ? [article.data.cover.credit] : []), ...article.data.figureCredits],
      (id) => personById.get(id)?.data.name ?? id,
    );
  const placesOf = (article: Article) =>
    article.data.districts.map((id) =>
      id === CITYWIDE ? t.citywide : (districtById.get(id)?.data.name ?? id),
    );
  return {
    articles,
    // The column the site is about first: the earliest started.
    series: series.sort(
      (a, b) => a.data.started.getTime() - b.data.started.getTime() || a.id.localeCompare(b.id),
    ),
    districts: districts.sort((a, b) => a.data.order - b.data.order),
    topics: topics.sort(byName),
    communities: communities.sort(byName),
    people: people.sort(byName),
    seriesById,
    districtById,
    topicById: byId(topics),
    communityById: byId(communities),
    personById,
    bySeries: groupByKeys(articles, (a) => [a.data.series]),
    byDistrict,
    byTopic,
    byCommunity,
    byPerson: groupByKeys(articles, (a) => {
      const bylines = bylinesOf(a);
      return BYLINE_ROLES.flatMap((role) => bylines[role] ?? []);
    }),
    citywide: articles.filter((a) => a.data.districts.includes(CITYWIDE)),
    byMonth: groupByKeys(articles, (a) => [monthKey(a.data.published)]),
    relatedTo: (article, limit = 5) =>
      relatedItems(
        article,
        [
          listsFor(byCommunity, article.data.communities),
          listsFor(byTopic, article.data.topics),
          listsFor(byDistrict, article.data.districts),
        ],
        limit,
        (a, b) => compareNewestFirst(a.data, b.data),
      ),
    bylinesOf,
    placesOf,
    shareCardOf: (article) => ({
      columnTitle: `《${seriesById.get(article.data.series)?.data.title ?? ''}》`,
      kicker: article.data.kicker,
      headline: article.data.headline,
      places: placesOf(article),
    }),
  };
}
