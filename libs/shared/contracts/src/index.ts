export * from './lib/roles';
export * from './lib/problem';
export * from './lib/auth';
export * from './lib/tenancy';
export * from './lib/wijken';
export * from './lib/audit';
export * from './lib/building-blocks';
export * from './lib/plans';
