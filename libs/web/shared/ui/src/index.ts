export * from './lib/alert.component';
export * from './lib/breadcrumb.component';
export * from './lib/error-summary.component';
export * from './lib/field-error.component';
export * from './lib/form-field.component';
export * from './lib/loading.component';
export * from './lib/page-heading.component';
export * from './lib/status-badge.component';
