export * from './lib/audit.entity';
export * from './lib/audit.service';
export * from './lib/audit.module';
