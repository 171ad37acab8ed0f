import { AuditEventEntity } from '@wk/api/audit/entities';
import { AUTH_ENTITIES } from '@wk/api/auth/entities';
import { TENANCY_ENTITIES } from '@wk/api/tenancy/entities';
import { WIJKEN_ENTITIES } from '@wk/api/wijken/entities';
import { PLAN_ENTITIES } from '@wk/api/plans/entities';
import { PROGRESS_ENTITIES } from '@wk/api/progress/entities';
import { INDICATOR_ENTITIES } from '@wk/api/indicators/entities';
import { REPORT_ENTITIES } from '@wk/api/reports/entities';
import { TenantDataVersionEntity } from '@wk/api/core';

/** Every entity, listed explicitly (never discovered by globbing). */
export const ENTITIES = [
  ...TENANCY_ENTITIES,
  ...AUTH_ENTITIES,
  ...WIJKEN_ENTITIES,
  ...PLAN_ENTITIES,
  ...PROGRESS_ENTITIES,
  ...INDICATOR_ENTITIES,
  ...REPORT_ENTITIES,
  AuditEventEntity,
  TenantDataVersionEntity,
];
