export * from './lib/indicators.routes';
export { IndicatorImportPage } from './lib/indicator-import.page';
export { SignalsSummaryComponent } from './lib/signals-summary.component';
export { formatFigure } from './lib/format';
