export * from './lib/catalogue';
export * from './lib/layouts';
