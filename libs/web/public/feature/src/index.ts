export * from './lib/public-wijk.page';
export * from './lib/public-gemeente.page';
export * from './lib/accessibility-statement.page';
