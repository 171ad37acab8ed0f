import type { ComparisonClass, IndicatorDirection, IndicatorUnit } from '@wk/contracts';

/**
 * How a wijk's figure stands against its reference (its city, or the Netherlands) in the same year, in five
 * classes from much worse to much better. The rule, as the overview explains it:
 *
 * - The difference is turned so that a positive difference is better (wijk − reference when higher is better,
 *   reference − wijk when lower is better). Indicators without a better direction get no class.
 * - For Leefbaarometer classes (1–9) the difference is counted in classes: under 1 similar, 1 better or worse,
 *   2 or more much better or worse.
 * - Otherwise the difference is taken as a percentage of the reference level (for the Leefbaarometer's dimensions,
 *   whose reference is 0 by definition, of the national mean of the total score) and compared with two bands per
 *   unit: within `similar` % similar, beyond `much` % much better or worse.
 */
export interface ComparisonBand {
  similar: number;
  much: number;
}

/**
 * The bands per unit, in % of the reference level. The Leefbaarometer's score varies little between areas
 * (Tarwewijk 2024 is 7.4 % under the national mean and among the lowest in the country), so its bands are narrow.
 */
export const COMPARISON_BANDS: Record<Exclude<IndicatorUnit, 'class'>, ComparisonBand> = {
  score: { similar: 1.5, much: 5 },
  deviation: { similar: 1.5, much: 5 },
  index: { similar: 5, much: 15 },
  percent: { similar: 10, much: 25 },
  thousand_euro: { similar: 5, much: 15 },
  count: { similar: 10, much: 25 },
  per_1000: { similar: 10, much: 25 },
};

export function comparisonClass(
  wijk: number,
  reference: number,
  direction: IndicatorDirection,
  unit: IndicatorUnit,
  scaleLevel?: number,
): ComparisonClass | null {
  if (direction === 'neutral') return null;
  const better = direction === 'lower_better' ? reference - wijk : wijk - reference;
  let size: 0 | 1 | 2;
  if (unit === 'class') {
    const classes = Math.abs(better);
    size = classes < 1 ? 0 : classes < 2 ? 1 : 2;
  } else {
    const level = Math.abs(scaleLevel ?? reference);
    if (!Number.isFinite(level) || level === 0) return null;
    const percent = (Math.abs(better) / level) * 100;
    const band = COMPARISON_BANDS[unit];
    size = percent <= band.similar ? 0 : percent <= band.much ? 1 : 2;
  }
  if (size === 0) return 'similar';
  if (better > 0) return size === 2 ? 'much_better' : 'better';
  return size === 2 ? 'much_worse' : 'worse';
}
