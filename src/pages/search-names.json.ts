/**
 * /search-names.json — every community (with its other names), district,
 * sub-district, person and topic, with its page and pinyin. The search page reads it to
 * find names typed in pinyin (hongchenghu, hchgjgc) and to offer the pages
 * of names that match a query (src/lib/search-names.ts).
 */
import type { APIRoute } from 'astro';
import { syllablesOf } from '../../scripts/lib/search-pinyin';
import { getArchive } from '../data/archive';
import type { SearchName } from '../lib/search-names';
import { paths, withBase } from '../lib/urls';

export const GET: APIRoute = async () => {
  const { communities, districts, people, topics } = await getArchive();
  const base = import.meta.env.BASE_URL;
  const entry = (kind: SearchName['kind'], name: string, to: string): SearchName => ({
    kind,
    name,
    url: withBase(base, to),
    syllables: syllablesOf(name),
  });
  const names: SearchName[] = [
    ...communities.flatMap((c) =>
      [c.data.name, ...c.data.aliases].map((name) => entry('community', name, paths.community(c.id))),
    ),
    ...districts.map((d) => entry('district', d.data.name, paths.district(d.id))),
    // A sub-district has no page of its own: its district's page lists its communities.
    ...[
      ...new Map(
        communities.flatMap((c) =>
          c.data.subdistrict ? [[c.data.subdistrict, c.data.district] as const] : [],
        ),
      ),
    ].map(([name, district]) => entry('subdistrict', name, paths.district(district))),
    ...people.map((p) => entry('person', p.data.name, paths.person(p.id))),
    ...topics.map((t) => entry('topic', t.data.name, paths.topic(t.id))),
  ];
  return new Response(JSON.stringify(names), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
