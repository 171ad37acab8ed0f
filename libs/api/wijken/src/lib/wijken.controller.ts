import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CbsUnitMatch, ImportWijkenResult, Page, Wijk } from '@wk/contracts';
import { ALL_ROLES, CurrentUser, IdPipe, Roles, type TenantActor } from '@wk/api/core';
import { VersionQuery } from '@wk/api/tenancy';
import { CbsUnitSearchQuery, CreateWijkDto, ImportWijkenDto, UpdateWijkDto } from './wijken.dto';
import { WijkenService } from './wijken.service';

@ApiTags('wijken')
@Controller('wijken')
export class WijkenController {
  constructor(private readonly wijken: WijkenService) {}

  @Get()
  @Roles(...ALL_ROLES)
  list(): Promise<Page<Wijk>> {
    return this.wijken.list();
  }

  @Get('cbs-units')
  @Roles('admin')
  @ApiOkResponse({ description: 'CBS wijken and buurten of the gemeente whose name or code contains q (2024 indeling), at most 20.' })
  cbsUnits(@Query() q: CbsUnitSearchQuery): Promise<Page<CbsUnitMatch>> {
    return this.wijken.cbsUnits(q.q);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  get(@Param('id', IdPipe) id: string): Promise<Wijk> {
    return this.wijken.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ description: 'Wijk created.' })
  create(@CurrentUser() actor: TenantActor, @Body() dto: CreateWijkDto): Promise<Wijk> {
    return this.wijken.create(actor.tenantId, dto);
  }

  @Post('import')
  @Roles('admin')
  @ApiCreatedResponse({ description: 'All rows imported (or none, with a 400 naming every bad row).' })
  import(@CurrentUser() actor: TenantActor, @Body() dto: ImportWijkenDto): Promise<ImportWijkenResult> {
    return this.wijken.import(actor.tenantId, dto.csv);
  }

  @Patch(':id')
  @Roles('admin')
  update(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: UpdateWijkDto): Promise<Wijk> {
    return this.wijken.update(actor.tenantId, id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted.' })
  remove(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Query() q: VersionQuery): Promise<void> {
    return this.wijken.remove(actor.tenantId, id, q.version);
  }
}
