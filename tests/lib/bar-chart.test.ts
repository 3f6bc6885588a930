import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/bar-chart';

describe('bar chart layout', () => {
  it('scales bars to the largest value and stacks them', () => {
    const chart = barChart(
      [
        { label: '琼山区', value: 4 },
        { label: '美兰区', value: 2 },
        { label: '秀英区', value: 0 },
      ],
      { width: 300, labelWidth: 100, valueWidth: 0, barHeight: 20, gap: 10 },
    );
    expect(chart.bars.map((b) => b.width)).toEqual([200, 100, 2]);
    expect(chart.bars.map((b) => b.y)).toEqual([0, 30, 60]);
    expect(chart.height).toBe(80);
  });
});
