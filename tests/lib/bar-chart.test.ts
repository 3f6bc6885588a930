import { describe, expect, it } from 'vitest';
import { barChart, chartSaysSomething } from '../../src/lib/bar-chart';

describe('bar chart', () => {
  it('scales bars to the largest value, with a sliver for zero', () => {
    const bars = barChart([
      { label: '琼山区', value: 4 },
      { label: '美兰区', value: 2 },
      { label: '秀英区', value: 0 },
    ]);
    expect(bars.map((b) => b.percent)).toEqual([100, 50, 1]);
  });

  it('is shown only when it compares something', () => {
    const topic = (value: number) => ({ label: '话题', value });
    // One installment: every topic it touches has 1.
    expect(chartSaysSomething([topic(1), topic(1), topic(1), topic(1), topic(1), topic(1), topic(1)])).toBe(
      false,
    );
    expect(chartSaysSomething([topic(3)])).toBe(false);
    expect(chartSaysSomething([])).toBe(false);
    expect(chartSaysSomething([topic(2), topic(1)])).toBe(true);
    // A thousand installments spread unevenly.
    expect(chartSaysSomething(Array.from({ length: 30 }, (_, i) => topic(1000 - i * 7)))).toBe(true);
  });
});
