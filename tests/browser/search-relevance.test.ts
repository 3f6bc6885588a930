/**
 * Search relevance on realistic text: 300 generated installments plus the
 * real newspaper page, imported at test time with the project's importer and
 * built with the real build (tests/support/relevance-corpus.ts). Every query
 * of tests/bench/relevance-queries.ts is typed into /search/ in Chromium and
 * only the first list is read, as a reader sees it without tapping anything.
 *
 * Passes when the expected story comes first for at least 95% of the queries
 * and, on average, at least 90% of the first five results show the query's
 * words on their page. The failures are always printed, with the rank of the
 * expected story, what came first and which results lacked the words.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  builtPageTexts,
  containsAll,
  FIRST_HIT_MIN,
  formatRelevanceReport,
  PRECISION_MIN,
  runQuery,
  summarize,
  type QueryOutcome,
} from '../../bench/lib/relevance-score';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { buildRelevanceSite, seedPage } from '../support/relevance-corpus';
import { answerWords, RELEVANCE_QUERIES } from '../bench/relevance-queries';

/** Building 300 installments from scratch takes a minute or two, more while another build runs. */
const BUILD_TIMEOUT = 900_000;

describe.skipIf(!chromiumPath || !seedPage)(
  'search relevance on the real page and 300 generated installments',
  () => {
    let siteDir = '';
    beforeAll(async () => {
      siteDir = (await buildRelevanceSite()).siteDir;
    }, BUILD_TIMEOUT);
    const ctx = useSiteInBrowser(() => siteDir);
    let page: Page;
    let textOf: (path: string) => string | undefined;

    beforeAll(async () => {
      page = await ctx.browser.newPage();
      textOf = builtPageTexts(siteDir);
    });

    it('shows every expected installment’s answer words on its built page', () => {
      const unseen = RELEVANCE_QUERIES.filter(
        (q) => !containsAll(textOf(q.expect) ?? '', answerWords(q)),
      ).map((q) => `${q.query} → ${q.expect}`);
      expect(unseen).toEqual([]);
    });

    it(
      `finds the story first for ${FIRST_HIT_MIN * 100}% of the queries, with a mean precision at 5 of ${PRECISION_MIN}`,
      async () => {
        const outcomes: QueryOutcome[] = [];
        for (const query of RELEVANCE_QUERIES)
          outcomes.push(await runQuery(page, ctx.origin, query, textOf, 15_000));
        const summary = summarize(outcomes);
        console.log(`\n${formatRelevanceReport(summary)}\n`);
        expect.soft(summary.firstHitRate, 'first-hit rate').toBeGreaterThanOrEqual(FIRST_HIT_MIN);
        expect.soft(summary.meanPrecision, 'mean precision at 5').toBeGreaterThanOrEqual(PRECISION_MIN);
      },
      RELEVANCE_QUERIES.length * 20_000,
    );
  },
);
