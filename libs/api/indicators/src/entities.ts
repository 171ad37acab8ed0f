export * from './lib/indicator.entities';
