/**
 * Every district, topic, community, person, column and month page exists and
 * lists exactly the right installments, in the archive's order, across all
 * its pages of 20.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { readCorpus } from '../support/corpus';

const siteDir = inject('siteDir');
const corpus = readCorpus(inject('contentDir'));

/** Follows a list's pages from its first URL path and returns the installment slugs in order. */
function listedSlugs(firstPath: string): { slugs: string[]; pages: number } {
  const slugs: string[] = [];
  let pages = 0;
  for (let n = 1; ; n++) {
    const file = join(siteDir, firstPath, n === 1 ? '' : `${n}/`, 'index.html');
    if (!existsSync(file)) break;
    pages = n;
    const $ = load(readFileSync(file, 'utf8'));
    const onPage = $('.article-list__headline a')
      .map((_, a) =>
        $(a)
          .attr('href')!
          .replace(/^\/articles\/|\/$/g, ''),
      )
      .get();
    expect(onPage.length, `${firstPath} page ${n}`).toBeLessThanOrEqual(PAGE_SIZE);
    slugs.push(...onPage);
  }
  return { slugs, pages };
}

const cases: [string, string, string[]][] = [
  ...corpus
    .ids('districts')
    .map((id): [string, string, string[]] => [
      'district',
      `districts/${id}/`,
      corpus.listed((a) => a.districts, id),
    ]),
  ...corpus
    .ids('topics')
    .map((id): [string, string, string[]] => ['topic', `topics/${id}/`, corpus.listed((a) => a.topics, id)]),
  ...corpus
    .ids('communities')
    .map((id): [string, string, string[]] => [
      'community',
      `communities/${id}/`,
      corpus.listed((a) => a.communities, id),
    ]),
  ...corpus
    .ids('people')
    .map((id): [string, string, string[]] => ['person', `people/${id}/`, corpus.listed((a) => a.people, id)]),
  ...corpus
    .ids('series')
    .map((id): [string, string, string[]] => [
      'column',
      `series/${id}/`,
      corpus.listed((a) => [a.series], id),
    ]),
  ...corpus.months.map((month): [string, string, string[]] => [
    'month',
    `archive/${month.replace('-', '/')}/`,
    corpus.inMonth(month),
  ]),
];

describe('every list page', () => {
  it('the fixture is big enough to paginate', () => {
    expect(corpus.published.length).toBeGreaterThan(2 * PAGE_SIZE);
    expect(cases.some(([, , expected]) => expected.length > PAGE_SIZE)).toBe(true);
    expect(cases.some(([, , expected]) => expected.length === 0)).toBe(true);
  });

  it.each(cases)('%s %s lists exactly its installments, newest first', (_kind, path, expected) => {
    const { slugs, pages } = listedSlugs(path);
    expect(pages, `${path} has no page`).toBeGreaterThanOrEqual(1);
    expect(pages).toBe(Math.max(1, Math.ceil(expected.length / PAGE_SIZE)));
    expect(slugs).toEqual(expected);
  });

  it('shows an empty state, not a 404, where there is nothing yet', () => {
    const empty = cases.find(([, , expected]) => expected.length === 0)!;
    const $ = load(readFileSync(join(siteDir, empty[1], 'index.html'), 'utf8'));
    expect($('.empty').text()).toContain('这里还没有报道');
  });

  it('links pages with numbers and rel prev/next', () => {
    const long = cases.find(([, , expected]) => expected.length > PAGE_SIZE)!;
    const second = load(readFileSync(join(siteDir, long[1], '2/index.html'), 'utf8'));
    expect(second('link[rel="prev"]').attr('href')).toBe(`/${long[1]}`);
    expect(second('.pagination a[rel="prev"]').attr('href')).toBe(`/${long[1]}`);
    expect(second('.pagination [aria-current="page"]').text()).toBe('2');
    expect(second('h1').text()).toContain('第 2 页');
  });

  it('never lists drafts or future installments anywhere', () => {
    const hidden = corpus.all.filter((a) => !corpus.published.includes(a)).map((a) => a.slug);
    expect(hidden.length).toBeGreaterThan(0);
    for (const [, path] of cases) {
      const { slugs } = listedSlugs(path);
      for (const slug of hidden) expect(slugs).not.toContain(slug);
    }
  });
});
