export * from './lib/tenancy.dto';
export * from './lib/tenants.service';
export * from './lib/users.service';
export * from './lib/org-units.service';
export * from './lib/tenancy.module';
export * from './lib/cbs-gemeenten';
export * from './lib/transfer/tenant-transfer.service';
export { TENANT_IMPORT_BODY_LIMIT } from './lib/transfer/tenant-transfer.controllers';
export { NOT_EXPORTED, tenantOwnedTables, transferPlan } from './lib/transfer/transfer-plan';
