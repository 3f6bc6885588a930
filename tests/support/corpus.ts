/**
 * Reads a content folder independently of Astro, to say what each list page
 * must show: the published installments under each key, newest first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { monthKey } from '../../src/lib/dates';
import { isPublished } from '../../src/lib/publish';
import { compareNewestFirst } from '../../src/lib/sort';

export interface CorpusArticle {
  slug: string;
  series: string;
  installment: number;
  published: Date;
  draft: boolean;
  districts: string[];
  communities: string[];
  topics: string[];
  people: string[];
}

const frontmatter = (text: string) => jsYaml.load(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

export function readCorpus(contentDir: string, now = new Date()) {
  const dir = join(contentDir, 'articles');
  const all = readdirSync(dir).map((folder): CorpusArticle => {
    const data = frontmatter(readFileSync(join(dir, folder, 'index.mdx'), 'utf8'));
    const bylines = (data.bylines ?? {}) as Record<string, string[]>;
    return {
      slug: String(data.slug),
      series: String(data.series),
      installment: Number(data.installment),
      published: new Date(data.published as string | Date),
      draft: data.draft === true,
      districts: (data.districts as string[]) ?? [],
      communities: (data.communities as string[]) ?? [],
      topics: (data.topics as string[]) ?? [],
      people: Object.values(bylines).flat(),
    };
  });
  const published = all.filter((a) => isPublished(a, { now, preview: false })).sort(compareNewestFirst);
  const ids = (folder: string) =>
    readdirSync(join(contentDir, folder)).map((name) => name.replace(/\.yaml$/, ''));
  /** Slugs of published installments whose `pick` includes `key`, newest first. */
  const listed = (pick: (a: CorpusArticle) => string[], key: string) =>
    published.filter((a) => pick(a).includes(key)).map((a) => a.slug);
  return {
    all,
    published,
    ids,
    listed,
    months: [...new Set(published.map((a) => monthKey(a.published)))],
    inMonth: (month: string) => published.filter((a) => monthKey(a.published) === month).map((a) => a.slug),
  };
}
