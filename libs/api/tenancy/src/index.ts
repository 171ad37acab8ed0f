export * from './lib/tenancy.dto';
export * from './lib/tenants.service';
export * from './lib/users.service';
export * from './lib/org-units.service';
export * from './lib/tenancy.module';
export * from './lib/cbs-gemeenten';
