import { Module } from '@nestjs/common';
import { OrgUnitsController, PlatformTenantsController, TenantController, UsersController } from './tenancy.controllers';
import { OrgUnitsService } from './org-units.service';
import { TenantsService } from './tenants.service';
import { UsersService } from './users.service';

@Module({
  controllers: [TenantController, PlatformTenantsController, UsersController, OrgUnitsController],
  providers: [TenantsService, UsersService, OrgUnitsService],
  exports: [TenantsService, UsersService, OrgUnitsService],
})
export class TenancyModule {}
