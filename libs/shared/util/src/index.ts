export * from './lib/cbs-code';
export * from './lib/csv';
export * from './lib/wijken-csv';
export * from './lib/contrast';
