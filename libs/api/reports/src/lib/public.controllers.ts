import { Controller, Delete, Get, Param, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { PlanPublication, PublicGemeentePage, PublicWijkPage } from '@wk/contracts';
import { ALL_ROLES, IdPipe, notFound, Public, Roles } from '@wk/api/core';
import { ACTION_STATUS_NL } from './report-text';
import { PublicationService } from './publication.service';
import { PublicPlansService } from './public-plans.service';
import { PublicRateLimit } from './public-rate-limit';
import { sendCsv } from './csv-response';

const PLANNERS = ['admin', 'planner'] as const;
/** A gemeente's or wijk's address part: what slugify makes. Anything else is not found. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugOf = (value: string): string => {
  if (value.length > 80 || !SLUG.test(value)) throw notFound();
  return value;
};
/** Public answers may be stored by browsers and proxies but are revalidated every time (a withdrawn plan is gone at once); the ETag makes that cheap. */
const PUBLIC_CACHE = 'public, no-cache';

@ApiTags('reports')
@Controller('plans/:id/publication')
export class PublicationController {
  constructor(private readonly publication: PublicationService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'Whether this plan revision is on the public pages, and their addresses.' })
  get(@Param('id', IdPipe) id: string): Promise<PlanPublication> {
    return this.publication.get(id);
  }

  @Put()
  @Roles(...PLANNERS)
  @ApiOkResponse({ description: 'The adopted plan is published on the public pages (again: no change). A plan not adopted: 409.' })
  publish(@Param('id', IdPipe) id: string): Promise<PlanPublication> {
    return this.publication.publish(id);
  }

  @Delete()
  @Roles(...PLANNERS)
  @ApiOkResponse({ description: 'The plan is taken off the public pages.' })
  withdraw(@Param('id', IdPipe) id: string): Promise<PlanPublication> {
    return this.publication.withdraw(id);
  }
}

/**
 * The public pages' API, without signing in: the adopted plans a gemeente published, per gemeente and per wijk, as
 * JSON and CSV (open data). Rate limited per client address; cacheable with an ETag.
 */
@ApiTags('public')
@Controller('public/gemeenten/:gemeente')
export class PublicController {
  constructor(
    private readonly plans: PublicPlansService,
    private readonly limit: PublicRateLimit,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: "The gemeente's published plans (404 when it has none)." })
  async gemeente(@Param('gemeente') gemeente: string, @Res({ passthrough: true }) res: Response): Promise<PublicGemeentePage> {
    this.limit.check();
    const page = await this.plans.gemeente(slugOf(gemeente));
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    return page;
  }

  @Get('wijken/:wijk')
  @Public()
  @ApiOkResponse({
    description:
      "The published plans of one wijk: vision, goals per block, actions with their lead unit, progress. Also the wijk's open data as JSON.",
  })
  async wijk(
    @Param('gemeente') gemeente: string,
    @Param('wijk') wijk: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicWijkPage> {
    this.limit.check();
    const page = await this.plans.wijk(slugOf(gemeente), slugOf(wijk));
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    return page;
  }

  @Get('wijken/:wijk/actions')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "Open data: the actions of the wijk's published plans as CSV (UTF-8 with BOM, semicolon)." })
  async actions(@Param('gemeente') gemeente: string, @Param('wijk') wijk: string, @Res() res: Response): Promise<void> {
    this.limit.check();
    const page = await this.plans.wijk(slugOf(gemeente), slugOf(wijk));
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    await sendCsv(
      res,
      {
        fileName: `acties-${page.gemeente.slug}-${page.wijk.slug}-${page.asOf}.csv`,
        header: ['plan', 'bouwsteen', 'pijler', 'doel', 'actie', 'trekker', 'start', 'eind', 'stand', 'klaar (%)'],
        rows: page.plans.flatMap((p) =>
          p.goals.flatMap((g) =>
            g.actions.map((a) => [
              p.title,
              g.block,
              g.pillar,
              g.statement,
              a.title,
              a.leadUnit,
              a.start,
              a.end,
              ACTION_STATUS_NL[a.status],
              a.percentComplete,
            ]),
          ),
        ),
      },
      ';',
    );
  }
}
