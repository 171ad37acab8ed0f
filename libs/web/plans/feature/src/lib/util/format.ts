import {
  type BlockCode,
  type BuildingBlock,
  type Localised,
  type Pillar,
  type PillarCode,
  type PlanStatus,
  type YearQuarter,
  blockOf,
  pillarOf,
} from '@wk/contracts';
import type { Language, TranslationKey, TranslationParams } from '@wk/web/core';
import type { StatusBadgeVariant } from '@wk/web/shared/ui';

/** The translate function of the I18nService, so that pure helpers can be tested without Angular. */
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, TranslationKey>> = {
  draft: 'plans.status.draft',
  in_review: 'plans.status.in_review',
  adopted: 'plans.status.adopted',
  archived: 'plans.status.archived',
};

/** The badge colour goes with a word, never on its own. */
export const PLAN_STATUS_VARIANTS: Readonly<Record<PlanStatus, StatusBadgeVariant>> = {
  draft: 'neutral',
  in_review: 'warning',
  adopted: 'success',
  archived: 'inactive',
};

export function localised(text: Localised, language: Language): string {
  return text[language];
}

/** "Bouwsteen 3" / "Building block 3". */
export function blockNumber(code: BlockCode): number {
  return Number(code.slice(1));
}

export function blockName(code: BlockCode, language: Language): string {
  return blockOf(code).short[language];
}

export function pillarName(code: PillarCode, language: Language): string {
  return pillarOf(code).label[language];
}

export type { BuildingBlock, Pillar };

/** "2025 K1" in Dutch, "2025 Q1" in English. */
export function formatYearQuarter(value: YearQuarter, t: Translate): string {
  return t('plans.yearQuarter', { year: value.year, quarter: value.quarter });
}

/** "2025 K1 – 2027 K4". */
export function formatPeriod(start: YearQuarter, end: YearQuarter, t: Translate): string {
  return `${formatYearQuarter(start, t)} – ${formatYearQuarter(end, t)}`;
}

/** "2026–2040". */
export function formatHorizon(startYear: number, endYear: number): string {
  return `${startYear}–${endYear}`;
}

/** Length of the horizon in years as the completeness check counts it (end year − start year). */
export function horizonLength(startYear: number, endYear: number): number {
  return endYear - startYear;
}

/** The years of the horizon, both ends included. */
export function horizonYears(startYear: number, endYear: number): number[] {
  const years: number[] = [];
  for (let year = startYear; year <= endYear; year++) {
    years.push(year);
  }
  return years;
}

/** Element ids used for links from the completeness check and the error summaries. */
export const anchors = {
  vision: 'visie',
  horizon: 'plan-looptijd',
  block: (code: BlockCode): string => `bouwsteen-${code}`,
  blockText: (code: BlockCode): string => `bouwsteen-${code}-tekst`,
  pillar: (code: PillarCode): string => `pijler-${code}`,
  goal: (id: string): string => `doel-${id}`,
  action: (id: string): string => `actie-${id}`,
} as const;
