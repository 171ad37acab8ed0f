export * from './lib/roles';
export * from './lib/problem';
export * from './lib/auth';
export * from './lib/tenancy';
export * from './lib/wijken';
export * from './lib/audit';
