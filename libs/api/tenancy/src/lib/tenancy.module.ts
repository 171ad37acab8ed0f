import { Module, type DynamicModule } from '@nestjs/common';
import { OrgUnitsController, PlatformTenantsController, TenantController, UsersController } from './tenancy.controllers';
import { OrgUnitsService } from './org-units.service';
import { TenantsService } from './tenants.service';
import { UsersService } from './users.service';
import { CBS_GEMEENTEN, type CbsGemeenten } from './cbs-gemeenten';
import { PlatformTenantImportsController, TenantExportController } from './transfer/tenant-transfer.controllers';
import { TenantTransferService } from './transfer/tenant-transfer.service';

@Module({})
export class TenancyModule {
  /** `gemeenten`: the CBS list that tenant names and codes are checked against. */
  static register(gemeenten: CbsGemeenten): DynamicModule {
    return {
      module: TenancyModule,
      // Global: other contexts (wijken) read the gemeente through TenantsService, not through its entities.
      global: true,
      controllers: [
        TenantController,
        PlatformTenantsController,
        UsersController,
        OrgUnitsController,
        TenantExportController,
        PlatformTenantImportsController,
      ],
      providers: [TenantsService, UsersService, OrgUnitsService, TenantTransferService, { provide: CBS_GEMEENTEN, useValue: gemeenten }],
      exports: [TenantsService, UsersService, OrgUnitsService],
    };
  }
}
