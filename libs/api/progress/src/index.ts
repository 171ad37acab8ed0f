export * from './lib/progress.dto';
export * from './lib/progress.service';
export * from './lib/progress.module';
