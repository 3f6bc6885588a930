/**
 * The traditional → simplified table the search worker folds queries with
 * (src/lib/search-names.ts), made at build time from OpenCC's dictionaries
 * and cut down to the characters the site's text uses: the whole converter
 * would cost the reader hundreds of kilobytes, the cut table a few.
 */
import OpenCC, { type DictGroup } from 'opencc-js';

const HAN = /^\p{Script=Han}$/u;

/** Simplified → traditional converters: OpenCC standard, Taiwan and Hong Kong forms. */
const TO_TRADITIONAL = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

/** Traditional → simplified, one character to many (臺/颱/檯 → 台), from TSCharacters. */
const SIMPLIFIED_OF = charPairs(locale('to', 'cn'));

/** Each traditional character's regional variants both ways (衛 ↔ 衞, 裏 ↔ 裡, 溫 ↔ 温). */
const VARIANTS = variantIndex([
  ...charPairs(locale('to', 'tw')),
  ...charPairs(locale('to', 'hk')),
  ...charPairs(locale('from', 'tw')),
  ...charPairs(locale('from', 'hk')),
]);

/** Every traditional character TSCharacters folds to each simplified one. */
const TRADITIONAL_OF = (() => {
  const index = new Map<string, Set<string>>();
  for (const [traditional, simplified] of SIMPLIFIED_OF) addTo(index, simplified, traditional);
  return index;
})();

/** TSCharacters as a lookup, to settle a traditional character claimed by two simplified ones. */
const PREFERRED = new Map(SIMPLIFIED_OF);

/**
 * Traditional character → simplified character, for each simplified
 * character in `chars` (the Chinese characters of the site's text) and each
 * of its traditional and regional forms: 電 → 电, 區 → 区, 臺 and 颱 → 台,
 * 衞 → 卫. A form that itself occurs in `chars` gets no entry (著 stays 著,
 * not 着): the site writes it, so the reader may mean it. Any other form
 * finds nothing unfolded, so folding it can only help. Keys sorted by code
 * point, so the same site gives the same file.
 */
export function foldTableFor(chars: Iterable<string>): Record<string, string> {
  const onSite = new Set<string>();
  for (const item of chars) for (const char of item) if (HAN.test(char)) onSite.add(char);

  const claims = new Map<string, Set<string>>();
  for (const simplified of onSite) {
    for (const traditional of traditionalForms(simplified)) {
      if (traditional !== simplified && !onSite.has(traditional)) addTo(claims, traditional, simplified);
    }
  }

  const entries: [string, string][] = [];
  for (const [traditional, simplifiedSet] of claims) {
    // 乾 is a form of 干 only, but a rare character can be listed under two
    // simplified ones; TSCharacters' own choice wins, else the lowest code point.
    const options = [...simplifiedSet].sort(byCodePoint);
    const preferred = PREFERRED.get(traditional);
    const choice = preferred !== undefined && simplifiedSet.has(preferred) ? preferred : options[0];
    if (choice !== undefined) entries.push([traditional, choice]);
  }
  entries.sort(([a], [b]) => byCodePoint(a, b));
  return Object.fromEntries(entries);
}

/** The traditional and regional forms of one simplified character, single characters only. */
function traditionalForms(simplified: string): Set<string> {
  const forms = new Set<string>(TRADITIONAL_OF.get(simplified));
  for (const convert of TO_TRADITIONAL) forms.add(convert(simplified));
  for (const form of [...forms]) for (const variant of VARIANTS.get(form) ?? []) forms.add(variant);
  return new Set([...forms].filter((form) => HAN.test(form)));
}

/** One of opencc-js's dictionary sets; a later version without it must stop the build, not fold less. */
function locale(direction: 'from' | 'to', region: string): readonly DictGroup[] {
  const groups = OpenCC.Locale[direction][region];
  if (!groups) throw new Error(`opencc-js has no Locale.${direction}.${region} dictionary`);
  return groups;
}

/** The one-character entries of OpenCC dictionaries; phrase entries are left out. */
function charPairs(groups: readonly DictGroup[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const group of groups) {
    for (const dict of group) {
      const entries: readonly (readonly [string, string])[] =
        typeof dict === 'string'
          ? dict.split('|').map((line) => {
              const [from = '', to = ''] = line.split(' ');
              return [from, to] as const;
            })
          : dict;
      for (const [from, to] of entries) if (HAN.test(from) && HAN.test(to)) pairs.push([from, to]);
    }
  }
  return pairs;
}

function variantIndex(pairs: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    addTo(index, a, b);
    addTo(index, b, a);
  }
  return index;
}

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  const values = index.get(key);
  if (values) values.add(value);
  else index.set(key, new Set([value]));
}

function byCodePoint(a: string, b: string): number {
  return (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0);
}
