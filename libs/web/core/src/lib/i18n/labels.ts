import type { ActionStatus, MilestoneState, OrgUnitKind, Role, RollupStatus } from '@wk/contracts';
import type { TranslationKey } from './dictionary.nl';

/** Translation keys of the role names, for templates: `{{ ROLE_LABELS[user.role] | t }}`. */
export const ROLE_LABELS: Readonly<Record<Role, TranslationKey>> = {
  admin: 'role.admin',
  planner: 'role.planner',
  contributor: 'role.contributor',
  viewer: 'role.viewer',
};

/** One sentence per role: what someone with that role may do. */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, TranslationKey>> = {
  admin: 'role.admin.description',
  planner: 'role.planner.description',
  contributor: 'role.contributor.description',
  viewer: 'role.viewer.description',
};

export const ORG_UNIT_KIND_LABELS: Readonly<Record<OrgUnitKind, TranslationKey>> = {
  department: 'orgUnitKind.department',
  partner: 'orgUnitKind.partner',
};

export const ORG_UNIT_KIND_DESCRIPTIONS: Readonly<Record<OrgUnitKind, TranslationKey>> = {
  department: 'orgUnitKind.department.description',
  partner: 'orgUnitKind.partner.description',
};

/** A milestone's state in words (done, late, soon, planned). */
export const MILESTONE_STATE_LABELS: Readonly<Record<MilestoneState, TranslationKey>> = {
  done: 'milestones.state.done',
  late: 'milestones.state.late',
  soon: 'milestones.state.soon',
  planned: 'milestones.state.planned',
};

/** The words of an action's status. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, TranslationKey>> = {
  not_started: 'progress.status.not_started',
  on_track: 'progress.status.on_track',
  at_risk: 'progress.status.at_risk',
  delayed: 'progress.status.delayed',
  completed: 'progress.status.completed',
  cancelled: 'progress.status.cancelled',
};

/** The words of a block's (roll-up) status. */
export const ROLLUP_STATUS_LABELS: Readonly<Record<RollupStatus, TranslationKey>> = {
  no_data: 'progress.rollup.no_data',
  on_track: 'progress.rollup.on_track',
  at_risk: 'progress.rollup.at_risk',
  delayed: 'progress.rollup.delayed',
  completed: 'progress.rollup.completed',
};
