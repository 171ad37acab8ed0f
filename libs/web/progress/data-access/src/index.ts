export * from './lib/progress-api';
export * from './lib/action-list.store';
