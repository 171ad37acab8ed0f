import type { GapReason, Indicator, IndicatorPoint, Localised, WijkSignals } from '@wk/contracts';
import type { TranslationKey } from '@wk/web/core';
import { numberFormat } from '@wk/util';

/** A figure in the indicator's unit, in the page's locale: "39,2%", "€ 148.000", "3,912", "+0,012". */
export function formatFigure(value: number | null, indicator: Pick<Indicator, 'unit' | 'decimals'>, locale: string): string {
  if (value === null) return '–';
  const number = (v: number, decimals: number, sign = false) =>
    numberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: sign ? 'exceptZero' : 'auto',
    }).format(v);
  switch (indicator.unit) {
    case 'percent':
      return `${number(value, indicator.decimals)}%`;
    case 'thousand_euro':
      return numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value * 1000);
    case 'deviation':
      return number(value, indicator.decimals, true);
    case 'per_1000':
      return `${number(value, indicator.decimals)} ‰`;
    default:
      return number(value, indicator.decimals);
  }
}

export const GAP_KEYS: Record<GapReason, TranslationKey> = {
  secret: 'indicators.gap.secret',
  unknown: 'indicators.gap.unknown',
  not_published: 'indicators.gap.not_published',
  not_measured: 'indicators.gap.not_measured',
  no_mapping: 'indicators.gap.no_mapping',
  several_areas: 'indicators.gap.several_areas',
};

/** The latest point that has a figure. */
export function latest(points: readonly IndicatorPoint[]): IndicatorPoint | null {
  return [...points].reverse().find((p) => p.value !== null) ?? null;
}

/** The point of a year, if any. */
export function pointIn(points: readonly IndicatorPoint[], year: number): IndicatorPoint | null {
  return points.find((p) => p.year === year) ?? null;
}

/** A wijk's signals that stand now (`current`) or stood before, as "Leefbaarometer: totaalscore (2012); …" ('' for none). */
export function signalList(w: WijkSignals, current: boolean, language: keyof Localised): string {
  return w.signals
    .filter((s) => s.current === current)
    .map((s) => `${s.indicator.name[language]} (${s.year})`)
    .join('; ');
}
