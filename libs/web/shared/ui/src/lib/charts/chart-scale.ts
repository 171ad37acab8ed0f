/** Colours a chart may use: each goes with a word or a pattern, never on its own. */
export type ChartTone = 'primary' | 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/**
 * The smallest "round" number (1, 2, 2.5 or 5 times a power of ten, or the `multiples` given) that is
 * at least `value`: 7 → 10, 23 → 25, 127 → 200. 1 for zero, negative or not finite.
 */
export function niceCeiling(value: number, multiples: readonly number[] = [1, 2, 2.5, 5]): number {
  if (!Number.isFinite(value) || value <= 0) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of multiples) {
    const candidate = step * power;
    // Guard against floating-point noise (e.g. 0.30000000000000004 for 0.3).
    if (candidate >= value - power * 1e-9) {
      return candidate;
    }
  }
  return 10 * power;
}

export interface AxisScale {
  /** The top of the axis: a whole number of steps, at least the largest value. */
  max: number;
  step: number;
  /** 0, step, 2 × step … max. */
  ticks: number[];
}

/**
 * A value axis from 0 for data up to `largest`, in at most `maxSteps` round steps:
 * 509 → 0, 200, 400, 600; 400 → 0, 100, 200, 300, 400; 7 → 0, 2, 4, 6, 8.
 * With `integer` (counts) the steps are whole numbers: 10 → 0, 5, 10 rather than 0, 2.5 … 10.
 * Without positive data the axis runs from 0 to 1.
 */
export function niceScale(largest: number, maxSteps = 4, integer = false): AxisScale {
  if (!Number.isFinite(largest) || largest <= 0) {
    return { max: 1, step: 1, ticks: [0, 1] };
  }
  const steps = Math.max(1, Math.floor(maxSteps));
  const step = integer ? Math.max(1, niceCeiling(largest / steps, [1, 2, 5])) : niceCeiling(largest / steps);
  const count = Math.ceil(largest / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: Number((count * step).toPrecision(12)), step, ticks };
}

/** `value` as a share of `max`, in percent, clamped to 0–100; 0 when `max` is not positive. */
export function percentOf(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) {
    return 0;
  }
  return Math.min(100, Math.max(0, (value / max) * 100));
}

export interface PlotArea {
  /** Left and top edges of the area in SVG units. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LineDomain {
  xMin: number;
  xMax: number;
  yMax: number;
}

/**
 * Data points (x, y) as SVG coordinates inside `area`: x from `xMin` (left edge) to `xMax` (right
 * edge), y from 0 (bottom) to `yMax` (top), y clamped to that range. A domain of one x value puts
 * the points in the middle.
 */
export function plotPoints(points: readonly { x: number; y: number }[], area: PlotArea, domain: LineDomain): { x: number; y: number }[] {
  const span = domain.xMax - domain.xMin;
  return points.map((point) => {
    const share = span > 0 ? (point.x - domain.xMin) / span : 0.5;
    const height = percentOf(point.y, domain.yMax) / 100;
    return {
      x: round(area.left + share * area.width),
      y: round(area.top + (1 - height) * area.height),
    };
  });
}

/** "x1,y1 x2,y2 …" for the `points` attribute of an SVG polyline. */
export function polylinePoints(coordinates: readonly { x: number; y: number }[]): string {
  return coordinates.map((c) => `${c.x},${c.y}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
