export * from './lib/indicators.routes';
