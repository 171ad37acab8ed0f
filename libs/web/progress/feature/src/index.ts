export * from './lib/progress.routes';
