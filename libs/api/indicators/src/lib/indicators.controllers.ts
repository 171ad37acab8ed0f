import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  BUILDING_BLOCKS,
  PILLARS,
  type BuildingBlocksReference,
  type EarlyWarningThresholds,
  type ImportPreview,
  type ImportResult,
  type Indicator,
  type IndicatorOverview,
  type IndicatorRanking,
  type Page,
  type PublicArea,
  type PublicAreaIndicators,
  type WijkBoundaries,
  type WijkIndicators,
  type WijkSignals,
} from '@wk/contracts';
import {
  ALL_ROLES,
  CachedView,
  CurrentActor,
  CurrentUser,
  IdPipe,
  OperatorOnly,
  Public,
  Roles,
  type Actor,
  type TenantActor,
} from '@wk/api/core';
import { TenantsService } from '@wk/api/tenancy';
import { AuditService } from '@wk/api/audit';
import { DEFAULT_CATALOGUE } from './catalogue';
import {
  AreaFiguresQuery,
  AreaSearchQuery,
  CreateIndicatorDto,
  EarlyWarningThresholdsDto,
  ImportIndicatorsDto,
  PlatformImportIndicatorsDto,
  RankingQuery,
} from './indicators.dto';
import { IndicatorViewsService } from './indicator-views.service';
import { IndicatorImportsService } from './indicator-imports.service';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly views: IndicatorViewsService,
    private readonly tenants: TenantsService,
  ) {}

  @Get('overview')
  @Roles(...ALL_ROLES)
  @CachedView()
  @ApiOkResponse({
    description: 'Every wijk of the gemeente × the indicators with figures: the latest figure against the city (much worse … much better).',
  })
  overview(): Promise<IndicatorOverview> {
    return this.views.overview();
  }

  @Get('boundaries')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The 2024 wijk boundaries of the gemeente as GeoJSON (WGS84); empty when the product has none.' })
  async boundaries(): Promise<WijkBoundaries> {
    return this.views.boundaries((await this.tenants.current()).cbsCode);
  }

  @Get('early-warning')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The gemeente’s thresholds of the early-warning rule (the defaults when it set none).' })
  warningSettings(): Promise<EarlyWarningThresholds> {
    return this.indicators.warningSettings();
  }

  @Put('early-warning')
  @Roles('admin', 'planner')
  @ApiOkResponse({ description: 'The thresholds changed; every signal is computed with them from now on.' })
  setWarningSettings(@Body() dto: EarlyWarningThresholdsDto): Promise<EarlyWarningThresholds> {
    return this.indicators.setWarningSettings(dto);
  }

  @Get('areas')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'CBS wijken of any gemeente with public figures whose name contains q (to compare with).' })
  async areas(@Query() query: AreaSearchQuery): Promise<Page<PublicArea>> {
    const items = await this.views.searchAreas(query.q);
    return { total: items.length, items };
  }

  @Get('area-figures')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The public figures of one CBS wijk or buurt of any gemeente (public statistics only).' })
  areaFigures(@Query() query: AreaFiguresQuery): Promise<PublicAreaIndicators> {
    return this.views.publicArea(query.code);
  }

  @Get('ranking')
  @Roles(...ALL_ROLES)
  @CachedView()
  @ApiOkResponse({ description: 'Every wijk of the gemeente on one indicator, best first, with the change since a chosen year.' })
  ranking(@Query() query: RankingQuery): Promise<IndicatorRanking> {
    return this.views.ranking(query.indicator, query.since);
  }

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The public indicator catalogue and the gemeente’s own indicators.' })
  async list(): Promise<Page<Indicator>> {
    const items = await this.indicators.catalogue();
    return { total: items.length, items };
  }

  @Get('signals')
  @Roles(...ALL_ROLES)
  @CachedView()
  @ApiOkResponse({
    description: 'Every wijk of the gemeente (with a plan or not) with the indicators whose early-warning rule raised a signal.',
  })
  async signals(): Promise<Page<WijkSignals>> {
    const items = await this.indicators.signals();
    return { total: items.length, items };
  }

  @Post()
  @Roles('admin', 'planner')
  @ApiCreatedResponse({ description: 'The gemeente’s own indicator (for example from its resident survey).' })
  create(@Body() dto: CreateIndicatorDto): Promise<Indicator> {
    return this.indicators.create(dto);
  }
}

/** A gemeente imports its own figures (long layout) for its own indicators: tenant data under row-level security. */
@ApiTags('indicators')
@Controller('indicator-imports')
export class IndicatorImportsController {
  constructor(
    private readonly imports: IndicatorImportsService,
    private readonly audit: AuditService,
  ) {}

  @Post('preview')
  @Roles('admin', 'planner')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'What the import would do (rows new, changed, unchanged, refused with the reason per row). Writes nothing.',
  })
  preview(@Body() dto: ImportIndicatorsDto): Promise<ImportPreview> {
    return this.imports.preview('tenant', dto);
  }

  @Post()
  @Roles('admin', 'planner')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Imported, all or nothing: a refused row gives 400 naming every refused row, and nothing is written.' })
  async import(@CurrentUser() actor: TenantActor, @Body() dto: ImportIndicatorsDto): Promise<ImportResult> {
    const result = await this.imports.commit('tenant', dto, actor.name);
    if (result.importId) {
      const summary = {
        fileName: result.fileName,
        rows: result.rows,
        new: result.new,
        changed: result.changed,
        indicators: result.indicators,
      };
      await this.audit.record({
        tenantId: actor.tenantId,
        action: 'indicator.imported',
        objectType: 'indicator_import',
        objectId: result.importId,
        after: summary,
      });
    }
    return result;
  }
}

@ApiTags('indicators')
@Controller('wijken/:id/indicators')
export class WijkIndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @CachedView()
  @ApiOkResponse({ description: 'Per indicator the wijk’s series beside its gemeente and the Netherlands, with gaps and their reasons.' })
  get(@Param('id', IdPipe) id: string): Promise<WijkIndicators> {
    return this.indicators.forWijk(id);
  }
}

/** The platform operator imports public statistics (the same for every gemeente). */
@ApiTags('platform')
@Controller('platform/indicator-imports')
export class PlatformIndicatorImportsController {
  constructor(private readonly imports: IndicatorImportsService) {}

  @Post('preview')
  @OperatorOnly()
  @HttpCode(200)
  @ApiOkResponse({
    description: 'What the import would do: rows new, changed, unchanged and refused (with the reason per row). Writes nothing.',
  })
  preview(@Body() dto: PlatformImportIndicatorsDto): Promise<ImportPreview> {
    return this.imports.preview('public', dto);
  }

  @Post()
  @OperatorOnly()
  @HttpCode(200)
  @ApiOkResponse({ description: 'Imported, all or nothing: a refused row gives 400 naming every refused row, and nothing is written.' })
  import(@CurrentActor() actor: Actor, @Body() dto: PlatformImportIndicatorsDto): Promise<ImportResult> {
    return this.imports.commit('public', dto, actor.name);
  }
}

/** The reference data the product is built on: the six building blocks, the three pillars and the indicators that inform each. */
@ApiTags('reference')
@Controller('building-blocks')
export class BuildingBlocksController {
  @Get()
  @Public()
  reference(): BuildingBlocksReference {
    const informs = (code: string, key: 'blocks' | 'pillars') =>
      DEFAULT_CATALOGUE.filter((c) => (c[key] as string[]).includes(code)).map((c) => c.code);
    return {
      blocks: BUILDING_BLOCKS.map((b) => ({ ...b, indicators: informs(b.code, 'blocks') })),
      pillars: PILLARS.map((p) => ({ ...p, indicators: informs(p.code, 'pillars') })),
    };
  }
}
