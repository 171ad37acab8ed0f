export * from './lib/cbs-code';
export * from './lib/csv';
export * from './lib/wijken-csv';
export * from './lib/contrast';
export * from './lib/plans/year-quarter';
export * from './lib/plans/completeness';
export * from './lib/plans/compare';
export * from './lib/plans/money';
