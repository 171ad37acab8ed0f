import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CreatedTenant, CreatedUser, OrgUnit, Page, TemporaryPassword, Tenant, TenantAdmin, User } from '@wk/contracts';
import { ALL_ROLES, Clock, CurrentUser, IdPipe, OperatorOnly, OwnTransactions, Roles, type TenantActor } from '@wk/api/core';
import { TENANT_EXPORT_MEDIA_TYPE } from '@wk/contracts';
import { exportFileName, sendTenantExport } from './transfer/tenant-transfer.controllers';
import { TenantTransferService } from './transfer/tenant-transfer.service';
import {
  AddTenantAdminDto,
  CreateOrgUnitDto,
  CreateTenantDto,
  CreateUserDto,
  PlatformUpdateTenantDto,
  UpdateOrgUnitDto,
  UpdateTenantDto,
  UpdateUserDto,
  VersionQuery,
} from './tenancy.dto';
import { OrgUnitsService } from './org-units.service';
import { TenantsService } from './tenants.service';
import { UsersService } from './users.service';

@ApiTags('tenant')
@Controller('tenant')
export class TenantController {
  constructor(private readonly tenants: TenantsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: "The signed-in user's gemeente." })
  get(): Promise<Tenant> {
    return this.tenants.current();
  }

  @Patch()
  @Roles('admin')
  @ApiOkResponse({ description: 'Name and theme changed.' })
  update(@Body() dto: UpdateTenantDto): Promise<Tenant> {
    return this.tenants.updateCurrent(dto);
  }
}

@ApiTags('platform')
@Controller('platform/tenants')
export class PlatformTenantsController {
  constructor(
    private readonly tenants: TenantsService,
    private readonly transfer: TenantTransferService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @OperatorOnly()
  list(): Promise<Page<Tenant>> {
    return this.tenants.listAll();
  }

  @Post()
  @OperatorOnly()
  @ApiCreatedResponse({ description: 'Tenant and its first admin created (with a temporary password when none was given).' })
  create(@Body() dto: CreateTenantDto): Promise<CreatedTenant> {
    return this.tenants.create(dto);
  }

  @Get(':id')
  @OperatorOnly()
  get(@Param('id', IdPipe) id: string): Promise<Tenant> {
    return this.tenants.getForOperator(id);
  }

  @Patch(':id')
  @OperatorOnly()
  @ApiOkResponse({ description: 'Name or code corrected (checked against the CBS list), or the gemeente (de)activated.' })
  update(@Param('id', IdPipe) id: string, @Body() dto: PlatformUpdateTenantDto): Promise<Tenant> {
    return this.tenants.updateByOperator(id, dto);
  }

  @Get(':id/admins')
  @OperatorOnly()
  listAdmins(@Param('id', IdPipe) id: string): Promise<TenantAdmin[]> {
    return this.tenants.listAdmins(id);
  }

  @Post(':id/admins')
  @OperatorOnly()
  @ApiCreatedResponse({ description: 'Beheerder added; a temporary password (shown once) when the address had no account.' })
  addAdmin(@Param('id', IdPipe) id: string, @Body() dto: AddTenantAdminDto): Promise<TenantAdmin> {
    return this.tenants.addAdmin(id, dto);
  }

  @Post(':id/admins/:userId/temporary-password')
  @OperatorOnly()
  @HttpCode(200)
  @ApiOkResponse({ description: 'A temporary password for this beheerder (shown once, 72 hours).' })
  resetAdmin(@Param('id', IdPipe) id: string, @Param('userId', IdPipe) userId: string): Promise<TemporaryPassword> {
    return this.tenants.resetAdmin(id, userId);
  }

  @Get(':id/export')
  @OperatorOnly()
  @OwnTransactions()
  @ApiProduces(TENANT_EXPORT_MEDIA_TYPE)
  @ApiOkResponse({
    description:
      'All data of the gemeente as one file (gzip-compressed JSON Lines), to import into another installation: without sessions.',
  })
  async export(@Param('id', IdPipe) id: string, @Res() res: Response): Promise<void> {
    const t = await this.transfer.findForOperator(id);
    await sendTenantExport(res, exportFileName(t.slug, this.clock.today()), (out) => this.transfer.export(t.id, 'operator', out));
  }
}

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  // Readers (raadsleden) do not see the staff's e-mail addresses and roles.
  @Get()
  @Roles('admin', 'planner', 'contributor')
  list(): Promise<Page<User>> {
    return this.users.list();
  }

  @Get(':id')
  @Roles('admin', 'planner', 'contributor')
  get(@Param('id', IdPipe) id: string): Promise<User> {
    return this.users.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ description: 'Member added: a new account, or a membership of an existing account.' })
  create(@CurrentUser() actor: TenantActor, @Body() dto: CreateUserDto): Promise<CreatedUser> {
    return this.users.create(actor.tenantId, dto);
  }

  @Post(':id/temporary-password')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ description: 'A temporary password (shown once; works 72 hours; must be changed at sign-in).' })
  temporaryPassword(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string): Promise<TemporaryPassword> {
    return this.users.issueTemporaryPassword(actor.tenantId, id, actor.id);
  }

  @Patch(':id')
  @Roles('admin')
  update(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: UpdateUserDto): Promise<User> {
    return this.users.update(actor.tenantId, id, dto, actor.id);
  }
}

@ApiTags('org-units')
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  list(): Promise<Page<OrgUnit>> {
    return this.orgUnits.list();
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  get(@Param('id', IdPipe) id: string): Promise<OrgUnit> {
    return this.orgUnits.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ description: 'Organisation unit created.' })
  create(@CurrentUser() actor: TenantActor, @Body() dto: CreateOrgUnitDto): Promise<OrgUnit> {
    return this.orgUnits.create(actor.tenantId, dto);
  }

  @Patch(':id')
  @Roles('admin')
  update(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    return this.orgUnits.update(actor.tenantId, id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted.' })
  remove(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Query() q: VersionQuery): Promise<void> {
    return this.orgUnits.remove(actor.tenantId, id, q.version);
  }
}
