import { AuditEventEntity } from '@wk/api/audit';
import { AUTH_ENTITIES } from '@wk/api/auth';
import { TENANCY_ENTITIES } from '@wk/api/tenancy';
import { WIJKEN_ENTITIES } from '@wk/api/wijken';
import { PLAN_ENTITIES } from '@wk/api/plans';
import { PROGRESS_ENTITIES } from '@wk/api/progress';
import { TenantDataVersionEntity } from '@wk/api/core';

/** Every entity, listed explicitly (never discovered by globbing). */
export const ENTITIES = [
  ...TENANCY_ENTITIES,
  ...AUTH_ENTITIES,
  ...WIJKEN_ENTITIES,
  ...PLAN_ENTITIES,
  ...PROGRESS_ENTITIES,
  AuditEventEntity,
  TenantDataVersionEntity,
];
