/** Geometry of a horizontal bar chart, computed at build time and drawn as static SVG. */
export interface BarInput {
  label: string;
  value: number;
  /** Site path the bar links to. */
  to?: string;
}

export interface Bar extends BarInput {
  y: number;
  width: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: Bar[];
}

export function barChart(
  rows: readonly BarInput[],
  { width = 360, labelWidth = 112, barHeight = 22, gap = 8, valueWidth = 36 } = {},
): BarChartLayout {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const room = width - labelWidth - valueWidth;
  return {
    width,
    labelWidth,
    barHeight,
    height: rows.length * (barHeight + gap) - (rows.length ? gap : 0),
    bars: rows.map((row, i) => ({
      ...row,
      y: i * (barHeight + gap),
      // A zero still gets a sliver so the row reads as a bar.
      width: Math.max(2, Math.round((row.value / max) * room)),
    })),
  };
}
