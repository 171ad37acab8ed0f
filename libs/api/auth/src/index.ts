export * from './lib/auth.entities';
export * from './lib/auth.service';
export * from './lib/auth.module';
