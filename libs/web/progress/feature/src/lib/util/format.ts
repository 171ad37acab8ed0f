import {
  type ActionStatus,
  type BlockCode,
  type Cadence,
  type Period,
  type PeriodState,
  type PillarCode,
  type RollupStatus,
  blockOf,
  pillarOf,
} from '@wk/contracts';
import { numberFormat } from '@wk/util';
import { ACTION_STATUS_LABELS, ROLLUP_STATUS_LABELS, type Language, type TranslationKey, type TranslationParams } from '@wk/web/core';

export { ACTION_STATUS_LABELS, ROLLUP_STATUS_LABELS };
import type { ChartTone, StatusBadgeVariant } from '@wk/web/shared/ui';

/** The translate function of the I18nService, so that pure helpers can be tested without Angular. */
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

export const ACTION_STATUS_DESCRIPTIONS: Readonly<Record<ActionStatus, TranslationKey>> = {
  not_started: 'progress.status.not_started.description',
  on_track: 'progress.status.on_track.description',
  at_risk: 'progress.status.at_risk.description',
  delayed: 'progress.status.delayed.description',
  completed: 'progress.status.completed.description',
  cancelled: 'progress.status.cancelled.description',
};

/** The badge colour goes with the word, never on its own. */
export const ACTION_STATUS_VARIANTS: Readonly<Record<ActionStatus, StatusBadgeVariant>> = {
  not_started: 'neutral',
  on_track: 'success',
  at_risk: 'warning',
  delayed: 'danger',
  completed: 'info',
  cancelled: 'inactive',
};

export const ACTION_STATUS_TONES: Readonly<Record<ActionStatus, ChartTone>> = {
  not_started: 'neutral',
  on_track: 'success',
  at_risk: 'warning',
  delayed: 'danger',
  completed: 'info',
  cancelled: 'neutral',
};

export const ROLLUP_STATUS_VARIANTS: Readonly<Record<RollupStatus, StatusBadgeVariant>> = {
  no_data: 'neutral',
  on_track: 'success',
  at_risk: 'warning',
  delayed: 'danger',
  completed: 'info',
};

export const ROLLUP_STATUS_TONES: Readonly<Record<RollupStatus, ChartTone>> = {
  no_data: 'neutral',
  on_track: 'success',
  at_risk: 'warning',
  delayed: 'danger',
  completed: 'info',
};

export const PERIOD_STATE_LABELS: Readonly<Record<PeriodState, TranslationKey>> = {
  reported: 'progress.periodState.reported',
  due: 'progress.periodState.due',
  overdue: 'progress.periodState.overdue',
};

export const PERIOD_STATE_VARIANTS: Readonly<Record<PeriodState, StatusBadgeVariant>> = {
  reported: 'success',
  due: 'warning',
  overdue: 'danger',
};

export const CADENCE_LABELS: Readonly<Record<Cadence, TranslationKey>> = {
  quarterly: 'progress.cadence.quarterly',
  yearly: 'progress.cadence.yearly',
};

/** "Kwartaal 3 van 2026", or "Jaar 2026" for a plan that reports once a year. */
export function periodLabel(period: Period, t: Translate): string {
  return period.quarter === null
    ? t('progress.period.year', { year: period.year })
    : t('progress.period.quarter', { year: period.year, quarter: period.quarter });
}

/** "2026 K3", or "2026" for a whole year: for tables and select options. */
export function periodShort(period: Period, t: Translate): string {
  return period.quarter === null ? String(period.year) : t('plans.yearQuarter', { year: period.year, quarter: period.quarter });
}

/**
 * A period that is still to be reported, in plain words with its deadline:
 * "Kwartaal 3 van 2026 — te laat sinds 31 oktober 2026" or
 * "Kwartaal 4 van 2026 — melden uiterlijk op 31 januari 2027".
 */
export function periodStateText(
  period: Period & { state: PeriodState; deadline: string },
  t: Translate,
  formatDate: (iso: string) => string,
): string {
  const label = periodLabel(period, t);
  const date = formatDate(period.deadline);
  switch (period.state) {
    case 'overdue':
      return t('progress.periodText.overdue', { period: label, date });
    case 'due':
      return t('progress.periodText.due', { period: label, date });
    case 'reported':
      return t('progress.periodText.reported', { period: label });
  }
}

/** "Bouwsteen 2: Perspectief voor bewoners", or for B4 "… – Sociale basis". */
export function blockLabel(block: BlockCode, pillar: PillarCode | null, t: Translate, language: Language): string {
  const base = t('plans.blockWithName', { number: Number(block.slice(1)), name: blockOf(block).short[language] });
  return pillar ? `${base} – ${pillarOf(pillar).label[language]}` : base;
}

/** "Bouwsteen 2" or "Pijler Sociale basis": short, for chart labels and table headers. */
export function blockShort(block: BlockCode, pillar: PillarCode | null, t: Translate, language: Language): string {
  return pillar ? pillarOf(pillar).label[language] : t('plans.block', { number: Number(block.slice(1)) });
}

/** A percentage with at most one decimal, the local way: "14,9%" (nl) or "14.9%" (en). */
export function formatPercent(value: number, language: Language): string {
  const number = numberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  return `${number}%`;
}

/** Euro amounts for a chart axis, short: "€ 2,5 mln." (nl) or "€2.5m" (en). */
export function formatEuroShort(cents: number, language: Language): string {
  return numberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(cents / 100);
}

/** Element ids on the dashboard: the overview links to a block or pillar. */
export const dashboardAnchor = (block: BlockCode, pillar: PillarCode | null = null): string =>
  pillar ? `voortgang-${pillar}` : `voortgang-${block}`;

/** Names joined the Dutch way, in alphabetical order: "Wonen", "Sociaal Domein en Wonen", "A, B en C". */
export function joinNames(names: readonly string[], and: string): string {
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'nl'));
  return sorted.length <= 1 ? (sorted[0] ?? '') : `${sorted.slice(0, -1).join(', ')} ${and} ${sorted[sorted.length - 1]}`;
}

/** The short name of a block ("Visie en basis op orde") or of a pillar, for column headers. */
export function blockOfColumn(block: BlockCode, pillar: PillarCode | null, language: Language): string {
  return pillar ? pillarOf(pillar).label[language] : blockOf(block).short[language];
}
