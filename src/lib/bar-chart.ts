/**
 * Bars of a horizontal bar chart, computed at build time. The page draws each bar as a tiny
 * static SVG beside HTML text, so labels and figures grow with the reader's text size and wrap on
 * narrow screens (a single scaled SVG shrank its words to 6 px on a 195 px screen).
 */
export interface BarInput {
  label: string;
  value: number;
  /** Site path the row links to. */
  to?: string;
}

export interface Bar extends BarInput {
  /** Length of the bar as a share of the longest, 0–100; a zero still gets a sliver so the row reads as a bar. */
  percent: number;
}

export function barChart(rows: readonly BarInput[]): Bar[] {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return rows.map((row) => ({ ...row, percent: Math.max(1, Math.round((row.value / max) * 100)) }));
}

/**
 * Whether a chart compares anything: at least two rows, and not every value the same. With one
 * installment, seven topics each at 1 draw seven equal bars that tell the reader nothing.
 */
export function chartSaysSomething(rows: readonly BarInput[]): boolean {
  return rows.length >= 2 && new Set(rows.map((row) => row.value)).size > 1;
}
