export * from './lib/reports.module';
export * from './lib/publication.service';
