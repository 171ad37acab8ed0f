export * from './lib/indicators.routes';
export { SignalsSummaryComponent } from './lib/signals-summary.component';
export { formatFigure } from './lib/format';
