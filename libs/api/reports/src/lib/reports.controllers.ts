import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AnnualReport } from '@wk/contracts';
import { ALL_ROLES, IdPipe, Roles } from '@wk/api/core';
import { AnnualReportService } from './annual-report.service';
import { CsvExportsService, slug } from './csv-exports.service';
import { sendCsv } from './csv-response';
import { PublicationController, PublicController } from './public.controllers';
import { AnnualReportQuery, CsvQuery, PlanCsvQuery } from './reports.dto';
import { renderReportPdf } from './report-pdf';
import { renderReportXlsx } from './report-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('reports')
@Controller('plans/:id/annual-report')
export class AnnualReportController {
  constructor(private readonly reports: AnnualReportService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiProduces('application/pdf', XLSX, 'application/json')
  @ApiOkResponse({
    description:
      "The plan's annual report (jaarrapportage) for a year: an accessible, tagged PDF (default), an Excel workbook, or the content as JSON. The figures are the dashboard's on the report's day.",
  })
  async get(@Param('id', IdPipe) id: string, @Query() q: AnnualReportQuery): Promise<AnnualReport | StreamableFile> {
    const report = await this.reports.build(id, q.year);
    const format = q.format ?? 'pdf';
    if (format === 'json') return report;
    const name = `jaarrapportage-${report.year}-${slug(report.plan.title)}.${format}`;
    const body = format === 'pdf' ? await renderReportPdf(report) : await renderReportXlsx(report);
    return new StreamableFile(body, {
      type: format === 'pdf' ? 'application/pdf' : XLSX,
      disposition: `attachment; filename="${name}"`,
      length: body.length,
    });
  }
}

/**
 * Lists as CSV: UTF-8 with a byte order mark, `;` (default, for Dutch Excel) or `,`, written to the response a
 * chunk of rows at a time.
 */
@ApiTags('reports')
@Controller('csv-exports')
export class CsvExportsController {
  constructor(private readonly csv: CsvExportsService) {}

  @Get('actions')
  @Roles(...ALL_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "A plan's actions with their progress today." })
  async actions(@Query() q: PlanCsvQuery, @Res() res: Response): Promise<void> {
    await sendCsv(res, await this.csv.actions(q.planId), CsvExportsService.separator(q.separator));
  }

  @Get('updates')
  @Roles(...ALL_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "Every progress update of a plan's actions; `telt mee` says which counts for its period." })
  async updates(@Query() q: PlanCsvQuery, @Res() res: Response): Promise<void> {
    await sendCsv(res, await this.csv.updatesOf(q.planId), CsvExportsService.separator(q.separator));
  }

  @Get('wijken')
  @Roles(...ALL_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "The gemeente's wijken, in the layout of the wijken import." })
  async wijken(@Query() q: CsvQuery, @Res() res: Response): Promise<void> {
    await sendCsv(res, await this.csv.wijkenList(), CsvExportsService.separator(q.separator));
  }

  @Get('users')
  @Roles('admin', 'planner', 'contributor')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "The gemeente's users with their role and units." })
  async users(@Query() q: CsvQuery, @Res() res: Response): Promise<void> {
    await sendCsv(res, await this.csv.usersList(), CsvExportsService.separator(q.separator));
  }
}

export const REPORTS_CONTROLLERS = [AnnualReportController, CsvExportsController, PublicationController, PublicController];
