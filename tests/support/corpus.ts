/**
 * Reads a content folder independently of Astro, to say what each list page
 * must show: the published installments under each key, newest first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { monthKey } from '../../src/lib/dates';
import { figureCredits } from '../../src/lib/mdx-body';
import { creditedBylines, type Bylines } from '../../src/lib/photo-credits';
import { isPublished } from '../../src/lib/publish';
import { compareNewestFirst } from '../../src/lib/sort';
import { BYLINE_ROLES } from '../../src/schemas/byline-role';

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
  const peopleDir = join(contentDir, 'people');
  const names = new Map(
    readdirSync(peopleDir).map((file) => {
      const person = jsYaml.load(readFileSync(join(peopleDir, file), 'utf8')) as { name?: string };
      return [file.replace(/\.yaml$/, ''), String(person.name ?? '')];
    }),
  );
  const all = readdirSync(dir).map((folder): CorpusArticle => {
    const text = readFileSync(join(dir, folder, 'index.mdx'), 'utf8');
    const data = frontmatter(text);
    // A photographer no photo on the page credits is not in the published byline (src/lib/photo-credits.ts).
    const credits = [
      String((data.cover as { credit?: string } | undefined)?.credit ?? ''),
      ...figureCredits(text.split(/^---$/m).slice(2).join('---')),
    ];
    const bylines = creditedBylines((data.bylines ?? {}) as Bylines, credits, (id) => names.get(id) ?? id);
    return {
      slug: String(data.slug),
      series: String(data.series),
      installment: Number(data.installment),
      published: new Date(data.published as string | Date),
      draft: data.draft === true,
      districts: (data.districts as string[]) ?? [],
      communities: (data.communities as string[]) ?? [],
      topics: (data.topics as string[]) ?? [],
      people: BYLINE_ROLES.flatMap((role) => bylines[role] ?? []),
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
