export interface ChartPoint {
  at: number;
  value: number;
}

export interface SparklinePaths {
  /** The line through the points. */
  line: string;
  /** The same line closed down to the baseline, for a filled area. */
  area: string;
}

/**
 * SVG paths of a history in a `width` x `height` box: time left to right, value 0..max bottom
 * to top. One point is drawn as a flat line so a fresh tracker still shows something.
 */
export function sparklinePaths(
  points: readonly ChartPoint[],
  max: number,
  width: number,
  height: number,
): SparklinePaths | null {
  if (points.length === 0 || max <= 0) return null;
  const first = points[0]?.at ?? 0;
  const last = points[points.length - 1]?.at ?? first;
  const span = last - first;
  const y = (value: number) => round(height - (Math.min(Math.max(value, 0), max) / max) * height);
  const x = (at: number) => (span === 0 ? 0 : round(((at - first) / span) * width));
  const coordinates =
    points.length === 1
      ? [`0,${y(points[0]?.value ?? 0)}`, `${width},${y(points[0]?.value ?? 0)}`]
      : points.map((point) => `${x(point.at)},${y(point.value)}`);
  const line = `M${coordinates.join(" L")}`;
  const endX = points.length === 1 ? width : x(last);
  return { line, area: `${line} L${endX},${height} L0,${height} Z` };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
