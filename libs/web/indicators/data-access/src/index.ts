export * from './lib/indicators-api';
