export * from './lib/api-client';
export * from './lib/two-tenants';
export * from './lib/plan-fixture';
export * from './lib/lists';
export * from './lib/indicator-fixture';
export * from './lib/oidc-provider';
