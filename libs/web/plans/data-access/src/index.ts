export * from './lib/plans-api';
export * from './lib/plan.store';
