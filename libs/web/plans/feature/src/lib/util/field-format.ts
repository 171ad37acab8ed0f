import { type FieldChange, isBlockCode, isPillarCode } from '@wk/contracts';
import { type MoneyLocale, formatEuroCents } from '@wk/util';
import type { Language, TranslationKey } from '@wk/web/core';
import { PLAN_STATUS_LABELS, type Translate, blockName, blockNumber, formatYearQuarter, pillarName } from './format';

/** What the formatters need from the I18nService. */
export interface FormatContext {
  t: Translate;
  language: Language;
  /** A yyyy-mm-dd date or an ISO timestamp as a date in words. */
  formatDate: (iso: string) => string;
  /**
   * The name behind an id (audit events record ids: `leadUnitId`, `ownerId`, `goalId`,
   * `contributingUnitIds`, `wijkIds`); null when it is not known (any more).
   */
  nameOf?: (field: string, id: string) => string | null;
}

/** Fields whose values are ids (or lists of ids) of other objects. */
const ID_FIELDS = new Set(['leadUnitId', 'ownerId', 'goalId', 'contributingUnitIds', 'wijkIds']);

const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  title: 'change.field.title',
  theme: 'change.field.theme',
  reason: 'change.field.reason',
  replaces: 'change.field.replaces',
  replacedBy: 'change.field.replacedBy',
  vision: 'change.field.vision',
  startYear: 'change.field.startYear',
  endYear: 'change.field.endYear',
  wijken: 'change.field.wijken',
  wijkIds: 'change.field.wijken',
  status: 'change.field.status',
  adoptedOn: 'change.field.adoptedOn',
  decisionReference: 'change.field.decisionReference',
  block: 'change.field.block',
  pillar: 'change.field.pillar',
  statement: 'change.field.statement',
  target: 'change.field.target',
  goal: 'change.field.goal',
  goalId: 'change.field.goal',
  description: 'change.field.description',
  leadUnit: 'change.field.leadUnit',
  leadUnitId: 'change.field.leadUnit',
  contributingUnits: 'change.field.contributingUnits',
  contributingUnitIds: 'change.field.contributingUnits',
  owner: 'change.field.owner',
  ownerId: 'change.field.owner',
  start: 'change.field.start',
  end: 'change.field.end',
  budget: 'change.field.budget',
  milestones: 'change.field.milestones',
  position: 'change.field.position',
  revision: 'change.field.revision',
  cadence: 'change.field.cadence',
};

/** Fields whose values are running text: shown side by side rather than "before → after". */
const LONG_TEXT = /^(vision|description|sections\.B[1-6])$/;

export function isLongText(change: Pick<FieldChange, 'field'>): boolean {
  return LONG_TEXT.test(change.field);
}

/** The name of a changed field in plain language ("Trekker", "Tekst bij bouwsteen 3 (Fysieke investeringen)"). */
export function fieldLabel(field: string, context: FormatContext): string {
  const section = /^sections\.(B[1-6])$/.exec(field);
  if (section && isBlockCode(section[1])) {
    return context.t('change.field.section', {
      number: blockNumber(section[1]),
      name: blockName(section[1], context.language),
    });
  }
  const key = FIELD_LABELS[field];
  return key ? context.t(key) : field;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isYearQuarter(value: unknown): value is { year: number; quarter: 1 | 2 | 3 | 4 } {
  return (
    isRecord(value) &&
    typeof value['year'] === 'number' &&
    (value['quarter'] === 1 || value['quarter'] === 2 || value['quarter'] === 3 || value['quarter'] === 4) &&
    Object.keys(value).length === 2
  );
}

function isBudgetLine(value: unknown): value is { year: number; amountCents: number } {
  return isRecord(value) && typeof value['year'] === 'number' && typeof value['amountCents'] === 'number';
}

function isMilestone(value: unknown): value is { title: string; dueDate: string; done: boolean } {
  return isRecord(value) && typeof value['title'] === 'string' && typeof value['dueDate'] === 'string';
}

/**
 * A value of a changed field in plain language: money as euros ("2026: € 250.000"), periods as
 * "2026 K2", block and pillar codes as their names, dates in words, lists joined. Empty values
 * read "(leeg)".
 */
export function formatFieldValue(field: string, value: unknown, context: FormatContext): string {
  const { t } = context;
  const money: MoneyLocale = context.language;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('change.empty');
  }
  if (ID_FIELDS.has(field)) {
    const ids = (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === 'string');
    return ids.map((id) => context.nameOf?.(field, id) ?? t('change.unknownName')).join(', ');
  }
  if (field === 'block' && isBlockCode(value)) {
    return t('plans.blockWithName', { number: blockNumber(value), name: blockName(value, context.language) });
  }
  if (field === 'pillar' && isPillarCode(value)) {
    return pillarName(value, context.language);
  }
  if (field === 'status' && typeof value === 'string' && value in PLAN_STATUS_LABELS) {
    return t(PLAN_STATUS_LABELS[value as keyof typeof PLAN_STATUS_LABELS]);
  }
  if (field === 'cadence' && (value === 'quarterly' || value === 'yearly')) {
    return t(value === 'quarterly' ? 'change.cadence.quarterly' : 'change.cadence.yearly');
  }
  if (field === 'adoptedOn' && typeof value === 'string') {
    return context.formatDate(value);
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number') {
    // Years and counts: no thousands separator ("2026", not "2.026").
    return String(value);
  }
  if (typeof value === 'boolean') {
    return t(value ? 'common.yes' : 'common.no');
  }
  if (isYearQuarter(value)) {
    return formatYearQuarter(value, t);
  }
  if (Array.isArray(value)) {
    if (value.every(isBudgetLine)) {
      const lines = [...value].sort((a, b) => a.year - b.year);
      const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
      const parts = lines.map((line) => `${line.year}: ${formatEuroCents(line.amountCents, money)}`);
      return `${parts.join('; ')} (${t('plans.budget.total', { amount: formatEuroCents(total, money) })})`;
    }
    if (value.every(isMilestone)) {
      return value.map((m) => `${m.title} (${context.formatDate(m.dueDate)}${m.done ? `, ${t('plans.milestone.done')}` : ''})`).join('; ');
    }
    return value.map((item) => formatFieldValue(field, item, context)).join(', ');
  }
  if (isRecord(value)) {
    if (typeof value['name'] === 'string') {
      return value['name'];
    }
    if (typeof value['title'] === 'string') {
      return value['title'];
    }
    if (typeof value['statement'] === 'string') {
      return value['statement'];
    }
  }
  return JSON.stringify(value);
}
