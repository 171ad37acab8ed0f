import {
  blockOf,
  pillarOf,
  type ActionStatus,
  type BlockRollup,
  type MilestoneState,
  type Period,
  type RollupStatus,
  type TargetStatus,
} from '@wk/contracts';
import { formatEuroCents, numberFormat } from '@wk/util';

/**
 * The Dutch words and number formats of the reports (the document language is Dutch, B1). Figures are formatted
 * here once so the PDF, the Excel summary and the CSV files say the same.
 */
export const ACTION_STATUS_NL: Record<ActionStatus, string> = {
  not_started: 'Nog niet begonnen',
  on_track: 'Op schema',
  at_risk: 'Loopt risico',
  delayed: 'Vertraagd',
  completed: 'Afgerond',
  cancelled: 'Gestopt',
};

export const ROLLUP_STATUS_NL: Record<RollupStatus, string> = {
  no_data: 'Nog niets gemeld',
  on_track: 'Op schema',
  at_risk: 'Loopt risico',
  delayed: 'Vertraagd',
  completed: 'Afgerond',
};

export const MILESTONE_STATE_NL: Record<MilestoneState, string> = {
  done: 'Gehaald',
  late: 'Te laat',
  soon: 'Binnenkort',
  planned: 'Gepland',
};

export const TARGET_STATUS_NL: Record<TargetStatus, string> = {
  target_reached: 'Doel gehaald',
  on_course: 'Op koers',
  off_course: 'Niet op koers',
  no_new_measurement: 'Nog geen nieuwe meting',
};

export const PLAN_STATUS_NL: Record<string, string> = {
  draft: 'Concept',
  in_review: 'Ter bespreking',
  adopted: 'Vastgesteld',
  archived: 'Gearchiveerd',
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** € 1.234 or € 1.234,50 */
export const euros = (cents: number): string => formatEuroCents(cents, 'nl');
/** 45,0% */
export const percent = (value: number): string =>
  `${numberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}%`;
/** A number with the indicator's decimals, Dutch style. */
export const figure = (value: number, decimals: number): string =>
  numberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
/** 2026-03-12 → 12 maart 2026 */
export function longDate(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
/** 2026-Q3 → 3e kwartaal 2026; a whole year → 2026 */
export const periodText = (p: Period): string => (p.quarter ? `${p.quarter}e kwartaal ${p.year}` : `${p.year}`);

/** "Visie en basis op orde" for a block, "Pijler: …" for a pillar. */
export function rollupName(r: Pick<BlockRollup, 'block' | 'pillar'>): string {
  return r.pillar ? `Pijler ${pillarOf(r.pillar).label.nl}` : `${r.block} ${blockOf(r.block).short.nl}`;
}
