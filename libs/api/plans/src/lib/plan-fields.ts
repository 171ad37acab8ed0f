import type { PlanEntity } from './plan.entities';

/** A theme as typed, or null when empty. */
export const themeOf = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/** What an audit event of a plan records: the plan's own fields, not the whole tree. */
export const planFields = (p: PlanEntity, wijkIds: string[]) => ({
  title: p.title,
  theme: p.theme,
  vision: p.vision,
  cadence: p.cadence,
  startYear: p.startYear,
  endYear: p.endYear,
  sections: p.sections,
  status: p.status,
  wijkIds,
  revision: p.revision,
  adoptedOn: p.adoptedOn,
  decisionReference: p.decisionReference,
});
