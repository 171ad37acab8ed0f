// The problem-message catalogue (`@wk/util/messages`) and the two import parsers that use it (`@wk/util/tracker`,
// `@wk/util/wijken-csv`) are entry points of their own, not exported here: the web's first download imports this file,
// and the catalogue (≈ 40 KB) loads only when a problem is shown (libs/web/core/src/lib/http/problem.ts).
export * from './lib/clock';
export * from './lib/intl';
export * from './lib/cbs-code';
export * from './lib/csv';
export * from './lib/csv-write';
export * from './lib/slug';
export * from './lib/contrast';
export * from './lib/plans/year-quarter';
export * from './lib/plans/completeness';
export * from './lib/plans/compare';
export * from './lib/plans/money';
export * from './lib/progress/periods';
export * from './lib/progress/rollup';
export * from './lib/progress/year-summary';
export * from './lib/progress/expected';
export * from './lib/progress/reminders';
export * from './lib/indicators/early-warning';
export * from './lib/indicators/comparison';
export * from './lib/indicators/targets';
