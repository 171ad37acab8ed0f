export * from './lib/auth.service';
export * from './lib/auth.module';
export * from './lib/auth.guard';
export * from './lib/tenant-transaction.interceptor';
export * from './lib/access-registry';
