/** The plans context's request DTOs: the plan itself, and its goals and actions. */
export * from './plan.dto';
export * from './plan-structure.dto';
