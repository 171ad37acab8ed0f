export * from './lib/login.page';
export * from './lib/change-password.page';
export * from './lib/choose-tenant.page';
export * from './lib/sign-in-refused.page';
export * from './lib/sessions.page';
