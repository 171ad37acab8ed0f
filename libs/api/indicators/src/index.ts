export * from './lib/catalogue';
export * from './lib/layouts';
export * from './lib/indicators.dto';
export * from './lib/indicators.service';
export * from './lib/indicator-imports.service';
export * from './lib/indicators.module';
export * from './lib/indicator-views.service';
