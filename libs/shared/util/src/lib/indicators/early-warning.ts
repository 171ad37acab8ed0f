import type { IndicatorDirection, IndicatorUnit } from '@wk/contracts';

/**
 * Early warning: a wijk whose position against its city (or, where the data has no figure for the city, against
 * the Netherlands) worsens over successive measurements. The rule, as the page explains it:
 *
 * 1. The position at a measurement is the gap between the wijk and the reference, turned so that a larger gap is
 *    better (wijk − reference when higher is better, reference − wijk when lower is better).
 * 2. A step is the change of that gap from one measurement to the next (only between measurements that have both
 *    the wijk's and the reference's figure, against the same kind of reference).
 * 3. A measurement raises the signal when the last `consecutive` steps up to it each worsened the gap by more than
 *    `minStepPercent` % of the reference level at that measurement.
 * 4. For classes (Leefbaarometer 2.0, 1–9) a fall of one class or more at a measurement raises the signal.
 *
 * Indicators without a direction (neither higher nor lower is better) never raise a signal. Moving is not proof:
 * a signal says "look here", not why.
 */
export interface EarlyWarningSettings {
  /** Successive worsening steps needed (2 by default). */
  consecutive: number;
  /** Minimum worsening per step, as a percentage of the reference level (0.25 by default). */
  minStepPercent: number;
}

export const EARLY_WARNING_DEFAULTS: EarlyWarningSettings = { consecutive: 2, minStepPercent: 0.25 };

export interface WarningMeasurement {
  year: number;
  wijk: number | null;
  /** The city's figure, or null when the data has none for that year. */
  gemeente: number | null;
  /** The Netherlands' figure, or null. */
  nederland: number | null;
}

export interface WarningStep {
  from: number;
  to: number;
  /** The gap (turned so that larger is better) at `from` and at `to`, and its change. */
  gapBefore: number;
  gapAfter: number;
  change: number;
  reference: 'gemeente' | 'nederland';
}

export interface WarningFlag {
  /** The measurement that raised the signal. */
  year: number;
  /** The steps that triggered it (for a class: the one fall). */
  steps: WarningStep[];
  kind: 'gap_widened' | 'class_fell';
}

export interface EarlyWarning {
  flags: WarningFlag[];
  /** The signal stands at the latest measurement of the wijk. */
  current: boolean;
}

/** The position of the wijk at one measurement, or null when a figure is missing. */
function position(
  m: WarningMeasurement,
  direction: IndicatorDirection,
): { gap: number; level: number; reference: WarningStep['reference'] } | null {
  if (m.wijk === null) return null;
  const reference = m.gemeente !== null ? 'gemeente' : m.nederland !== null ? 'nederland' : null;
  const level = reference === 'gemeente' ? m.gemeente : m.nederland;
  if (reference === null || level === null) return null;
  const gap = direction === 'lower_better' ? level - m.wijk : m.wijk - level;
  return { gap, level, reference };
}

export function earlyWarning(
  measurements: WarningMeasurement[],
  direction: IndicatorDirection,
  unit: IndicatorUnit,
  settings: EarlyWarningSettings = EARLY_WARNING_DEFAULTS,
): EarlyWarning {
  if (direction === 'neutral') return { flags: [], current: false };
  const sorted = [...measurements].sort((a, b) => a.year - b.year);
  const lastWijkYear = [...sorted].reverse().find((m) => m.wijk !== null)?.year;
  const flags: WarningFlag[] = [];
  if (unit === 'class') {
    const measured = sorted.filter((m) => m.wijk !== null);
    for (let i = 1; i < measured.length; i++) {
      const before = measured[i - 1];
      const after = measured[i];
      if (!before || !after || before.wijk === null || after.wijk === null) continue;
      const change = direction === 'lower_better' ? before.wijk - after.wijk : after.wijk - before.wijk;
      if (change <= -1)
        flags.push({
          year: after.year,
          kind: 'class_fell',
          steps: [{ from: before.year, to: after.year, gapBefore: before.wijk, gapAfter: after.wijk, change, reference: 'nederland' }],
        });
    }
    return { flags, current: flags.some((f) => f.year === lastWijkYear) };
  }
  const positions = sorted.flatMap((m) => {
    const p = position(m, direction);
    return p ? [{ year: m.year, ...p }] : [];
  });
  const steps: (WarningStep & { worsened: boolean })[] = [];
  for (let i = 1; i < positions.length; i++) {
    const before = positions[i - 1];
    const after = positions[i];
    if (!before || !after) continue;
    if (before.reference !== after.reference) {
      steps.push({
        from: before.year,
        to: after.year,
        gapBefore: before.gap,
        gapAfter: after.gap,
        change: 0,
        reference: after.reference,
        worsened: false,
      });
      continue;
    }
    const change = after.gap - before.gap;
    const threshold = (Math.abs(after.level) * settings.minStepPercent) / 100;
    steps.push({
      from: before.year,
      to: after.year,
      gapBefore: before.gap,
      gapAfter: after.gap,
      change,
      reference: after.reference,
      worsened: change < -threshold,
    });
  }
  for (let i = settings.consecutive - 1; i < steps.length; i++) {
    const run = steps.slice(i - settings.consecutive + 1, i + 1);
    const last = run[run.length - 1];
    if (last && run.length === settings.consecutive && run.every((s) => s.worsened))
      flags.push({
        year: last.to,
        kind: 'gap_widened',
        steps: run.map((s) => ({
          from: s.from,
          to: s.to,
          gapBefore: s.gapBefore,
          gapAfter: s.gapAfter,
          change: s.change,
          reference: s.reference,
        })),
      });
  }
  return { flags, current: flags.some((f) => f.year === lastWijkYear) };
}
