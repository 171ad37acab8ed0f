export * from './lib/indicators.routes';
export { IndicatorImportPage } from './lib/indicator-import.page';
