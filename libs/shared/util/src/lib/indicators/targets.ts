import type { IndicatorDirection, TargetStatus, YearValue } from '@wk/contracts';

/**
 * Whether a wijk is on course to an indicator target. The path runs in straight lines from the baseline through
 * the intermediate targets to the target (and stays at the target after its year). The wanted direction is that of
 * the target (up when the target is above the baseline); a target equal to its baseline keeps the level, judged by
 * the indicator's direction.
 *
 * - no_new_measurement: no figure after the baseline year;
 * - target_reached: the latest figure is at or beyond the target;
 * - on_course: the latest figure is at or beyond the path in its year, less the tolerance (a percentage of the
 *   planned change |target − baseline|, or of |target| when the target keeps the level);
 * - off_course: otherwise.
 *
 * An indicator moving is not proof that the plan caused it: the status says where the wijk stands, not why.
 */
export interface TargetPath {
  baseline: YearValue;
  target: YearValue;
  intermediate: readonly YearValue[];
  tolerancePercent: number;
  direction: IndicatorDirection;
}

/** The value the path expects in `year`. */
export function expectedAt(path: TargetPath, year: number): number {
  const points = [path.baseline, ...[...path.intermediate].sort((a, b) => a.year - b.year), path.target];
  const first = points[0] ?? path.baseline;
  if (year <= first.year) return first.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    if (year <= b.year) return b.year === a.year ? b.value : a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
  }
  return path.target.value;
}

export function targetStatus(path: TargetPath, latest: YearValue | null): { status: TargetStatus; expected: number | null } {
  if (!latest || latest.year <= path.baseline.year) return { status: 'no_new_measurement', expected: null };
  const expected = expectedAt(path, latest.year);
  const change = path.target.value - path.baseline.value;
  const sign = Math.sign(change) || (path.direction === 'lower_better' ? -1 : 1);
  const margin = (Math.abs(change || path.target.value) * path.tolerancePercent) / 100;
  // How far the figure is ahead of a point, in the wanted direction (negative: behind).
  const ahead = (of: number) => sign * (latest.value - of);
  if (change !== 0 && ahead(path.target.value) >= 0) return { status: 'target_reached', expected };
  return { status: ahead(expected) >= -margin - 1e-9 ? 'on_course' : 'off_course', expected };
}
