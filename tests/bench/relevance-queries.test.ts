/**
 * The relevance queries checked against the corpus they are run on, without
 * building or a browser: the real page imported at test time plus 300
 * generated installments. A query whose text is not in its answer, or that
 * another installment is more about, fails here in seconds instead of as a
 * miss in the slow browser suite.
 */
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInstallmentSources, type RelevanceCorpus } from '../../bench/lib/relevance-corpus';
import { seedPage, writeTestCorpus } from '../support/relevance-corpus';
import {
  answerWords,
  PAGE_STORIES,
  QUERY_KINDS,
  RELEVANCE_QUERIES,
  type RelevanceQuery,
} from './relevance-queries';

/** The traditional characters the queries use and their simplified forms. */
const TRADITIONAL: Record<string, string> = {
  國: '国',
  補: '补',
  資: '资',
  紅: '红',
  際: '际',
  廣: '广',
  場: '场',
  區: '区',
  軍: '军',
  樓: '楼',
  棟: '栋',
  黨: '党',
  員: '员',
  戶: '户',
  議: '议',
  電: '电',
  邊: '边',
  東: '东',
  碼: '码',
  頭: '头',
  曉: '晓',
};

const label = (q: RelevanceQuery) => `“${q.query}”（${q.kind}）`;

describe('the relevance query set', () => {
  it('has at least 60 distinct queries of every kind, each with its answer and reason', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE_QUERIES.map((q) => q.query)).size).toBe(RELEVANCE_QUERIES.length);
    for (const kind of QUERY_KINDS) {
      const count = RELEVANCE_QUERIES.filter((q) => q.kind === kind).length;
      // The page names one company per story at most; every other kind has several queries.
      expect(count, kind).toBeGreaterThanOrEqual(kind === 'company' ? 1 : 3);
    }
    for (const q of RELEVANCE_QUERIES) {
      expect(q.expect, label(q)).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      expect(q.why.length, label(q)).toBeGreaterThan(0);
      expect(Boolean(q.means), `${label(q)}: means only and always for traditional and pinyin`).toBe(
        q.kind === 'traditional' || q.kind === 'pinyin',
      );
    }
  });

  it('writes each kind as its name says', () => {
    for (const q of RELEVANCE_QUERIES) {
      const words = q.query.split(' ');
      if (q.kind === 'two-words') expect(words, label(q)).toHaveLength(2);
      else expect(words, label(q)).toHaveLength(1);
      if (q.kind === 'partial') expect([2, 3], label(q)).toContain([...q.query].length);
      if (q.kind === 'traditional') {
        const simplified = [...q.query].map((c) => TRADITIONAL[c] ?? c).join('');
        expect(simplified, label(q)).toBe(q.means);
        expect(q.query, label(q)).not.toBe(q.means);
      }
      if (q.kind === 'pinyin') {
        const syllables = pinyin(q.means ?? '', { toneType: 'none', type: 'array', v: true });
        expect([syllables.join(''), syllables.map((s) => s[0]).join('')], label(q)).toContain(q.query);
      }
    }
  });
});

describe.skipIf(!seedPage)(
  'the relevance queries against the imported page and 300 generated installments',
  () => {
    let corpus: RelevanceCorpus;
    let sources: Map<string, string>;

    beforeAll(async () => {
      corpus = await writeTestCorpus();
      sources = readInstallmentSources(corpus.contentDir);
    }, 120_000);

    /** Occurrences of a query in a source: of its rarest word, for two words. */
    const occurrences = (source: string, q: RelevanceQuery) =>
      Math.min(...answerWords(q).map((word) => source.split(word).length - 1));

    it('imports the six stories of the page where the queries expect them, instead of the project’s installment 1', () => {
      expect(corpus.stories.map((s) => s.path)).toEqual(Object.values(PAGE_STORIES));
      expect(sources.has('/articles/2026-05-13-dangyuan-tiao-daliang/')).toBe(false);
      expect([...sources.keys()].filter((path) => path.startsWith('/articles/gen-'))).toHaveLength(300);
    });

    it('finds every query’s text (or what it stands for) in the source of its answer', () => {
      const missing = RELEVANCE_QUERIES.filter((q) => {
        const source = sources.get(q.expect);
        return !source || occurrences(source, q) === 0;
      }).map((q) => `${label(q)} → ${q.expect}${sources.has(q.expect) ? '' : '（语料里没有这一期）'}`);
      expect(missing).toEqual([]);
    });

    it('has no installment more about a query than its answer, unless the query accepts others first', () => {
      const rivals: string[] = [];
      for (const q of RELEVANCE_QUERIES) {
        if (q.alsoFirst === 'any') continue;
        const target = occurrences(sources.get(q.expect) ?? '', q);
        for (const [path, source] of sources) {
          if (path === q.expect || q.alsoFirst?.includes(path)) continue;
          const count = occurrences(source, q);
          if (count > target) rivals.push(`${label(q)}: ${path} ×${count} > ${q.expect} ×${target}`);
        }
      }
      expect(rivals).toEqual([]);
    });

    it('lists as other first answers only installments that contain the query', () => {
      for (const q of RELEVANCE_QUERIES) {
        if (!Array.isArray(q.alsoFirst)) continue;
        for (const path of q.alsoFirst)
          expect(occurrences(sources.get(path) ?? '', q), `${label(q)} ${path}`).toBeGreaterThan(0);
      }
    });
  },
);
