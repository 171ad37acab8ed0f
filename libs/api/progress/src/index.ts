export * from './lib/progress.dto';
export * from './lib/progress.service';
export * from './lib/milestones.service';
export * from './lib/progress-updates.service';
export * from './lib/closed-periods.service';
export * from './lib/progress.module';
