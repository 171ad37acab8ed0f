export * from './lib/audit-api';
export * from './lib/org-units-api';
export * from './lib/platform-api';
export * from './lib/tenant-api';
export * from './lib/users-api';
export * from './lib/wijken-api';
export * from './lib/identity-provider-api';
