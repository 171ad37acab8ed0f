export * from './lib/plans.dto';
export * from './lib/plans.service';
export * from './lib/plan-lifecycle.service';
export * from './lib/plan-goals.service';
export * from './lib/plan-actions.service';
export * from './lib/plans.module';
export * from './lib/plan-facts';
export * from './lib/plan-targets.service';
