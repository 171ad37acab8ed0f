import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { TrackerImportResult } from '@wk/contracts';
import { ALL_ROLES, IdPipe, Roles } from '@wk/api/core';
import { TrackerImportDto, TrackerQuery } from './tracker.dto';
import { TrackerService } from './tracker.service';

@ApiTags('plans')
@Controller('plans/:id/tracker')
export class TrackerController {
  constructor(private readonly tracker: TrackerService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description:
      "The plan's actions in the action-tracker layout (bouwsteen, pijler, doel, actie, trekker, partners, start, eind, budget per year), or with empty=true the template: the header only.",
  })
  async get(@Param('id', IdPipe) id: string, @Query() q: TrackerQuery): Promise<StreamableFile> {
    const file = await this.tracker.export(id, q.format, q.empty === 'true');
    return new StreamableFile(file.body, {
      type: file.type,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.body.length,
    });
  }

  @Post()
  @HttpCode(200)
  @Roles('admin', 'planner')
  @ApiOkResponse({
    description:
      'A tracker file (CSV or Excel) checked against the draft plan: commit=false gives the preview, commit=true imports every row. Any bad cell: 400 naming rows.<row>.<column>, nothing written. A plan that is not a draft: 409.',
  })
  import(@Param('id', IdPipe) id: string, @Body() dto: TrackerImportDto): Promise<TrackerImportResult> {
    return this.tracker.import(id, dto.format, dto.content, dto.commit);
  }
}
