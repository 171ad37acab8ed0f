import type { AuditEvent, FieldChange } from '@wk/contracts';
import type { TranslationKey } from '@wk/web/core';

/** What happened, in plain language, per audit action of a plan, its goals and its actions. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, TranslationKey>> = {
  'plan.created': 'history.action.plan.created',
  'plan.updated': 'history.action.plan.updated',
  'plan.submitted': 'history.action.plan.submitted',
  'plan.reopened': 'history.action.plan.reopened',
  'plan.adopted': 'history.action.plan.adopted',
  'plan.archived': 'history.action.plan.archived',
  'plan.adoption_corrected': 'history.action.plan.adoption_corrected',
  'plan.revision_created': 'history.action.plan.revision_created',
  'plan.deleted': 'history.action.plan.deleted',
  'goal.created': 'history.action.goal.created',
  'goal.updated': 'history.action.goal.updated',
  'goal.deleted': 'history.action.goal.deleted',
  'goal.reordered': 'history.action.goal.reordered',
  'action.created': 'history.action.action.created',
  'action.updated': 'history.action.action.updated',
  'action.moved': 'history.action.action.moved',
  'action.deleted': 'history.action.action.deleted',
  'action.reordered': 'history.action.action.reordered',
};

/** The label for an audit action; unknown actions get a general one by object type. */
export function auditActionLabel(action: string): TranslationKey {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) {
    return known;
  }
  const type = action.split('.')[0];
  return type === 'goal' ? 'history.action.goal.other' : type === 'action' ? 'history.action.action.other' : 'history.action.plan.other';
}

/** Fields that change with every write and say nothing to a reader. */
const IGNORED = new Set([
  'id',
  'key',
  'version',
  'position',
  'createdAt',
  'updatedAt',
  'tenantId',
  'planId',
  'lineageId',
  'completeness',
  'readOnly',
  'goals',
  'actions',
  'revisions',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `sections: {B1, …}` becomes `sections.B1` …, so that each block's text is its own change. */
function flatten(record: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'sections' && isRecord(value)) {
      for (const [block, text] of Object.entries(value)) {
        flat[`sections.${block}`] = text;
      }
    } else {
      flat[key] = value;
    }
  }
  return flat;
}

/**
 * The order in which the forms ask for the fields (plan, then goal, then action), then what a lifecycle step adds.
 * PostgreSQL keeps `before` and `after` as jsonb, which does not keep the order of the keys.
 */
export const FIELD_ORDER: readonly string[] = [
  // plan: the basics form, then the texts
  'title',
  'theme',
  'wijkIds',
  'wijken',
  'startYear',
  'endYear',
  'cadence',
  'vision',
  'sections.B1',
  'sections.B2',
  'sections.B3',
  'sections.B4',
  'sections.B5',
  'sections.B6',
  // goal form
  'block',
  'pillar',
  'statement',
  'target',
  // action form
  'goalId',
  'goal',
  'description',
  'leadUnitId',
  'leadUnit',
  'contributingUnitIds',
  'contributingUnits',
  'ownerId',
  'owner',
  'start',
  'end',
  'budget',
  'milestones',
  // lifecycle
  'status',
  'revision',
  'adoptedOn',
  'decisionReference',
  'reason',
  'replaces',
  'replacedBy',
];

function rank(key: string): number {
  const index = FIELD_ORDER.indexOf(key);
  return index === -1 ? FIELD_ORDER.length : index;
}

/**
 * What an audit event changed, field by field, in the order of the form (FIELD_ORDER; fields it does not know
 * after those, in the order they appear in `after`, then `before`). For an object that was created only `after`
 * exists, for a deleted one only `before`: then every field with a value is listed.
 */
export function auditChanges(event: Pick<AuditEvent, 'before' | 'after'>): FieldChange[] {
  const before = isRecord(event.before) ? flatten(event.before) : {};
  const after = isRecord(event.after) ? flatten(event.after) : {};
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])]
    .filter((key) => !IGNORED.has(key))
    .map((key, index) => ({ key, index }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.index - b.index)
    .map(({ key }) => key);
  return keys
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map((key) => ({ field: key, before: before[key] ?? null, after: after[key] ?? null }));
}

/** The name of the object an event is about: a plan's title, a goal's statement, an action's title. */
export function auditSubject(event: Pick<AuditEvent, 'before' | 'after'>): string | null {
  for (const side of [event.after, event.before]) {
    if (isRecord(side)) {
      for (const field of ['title', 'statement', 'name']) {
        const value = side[field];
        if (typeof value === 'string' && value.trim() !== '') {
          return value;
        }
      }
    }
  }
  return null;
}
