import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { TENANT_EXPORT_MEDIA_TYPE, type TenantImportResult } from '@wk/contracts';
import { Clock, CurrentUser, DomainError, OperatorOnly, OwnTransactions, param, Roles, type TenantActor } from '@wk/api/core';
import { TenantTransferService } from './tenant-transfer.service';

/** The largest export file the operator's import takes (the body is held in memory while it is read in). */
export const TENANT_IMPORT_BODY_LIMIT = '512mb';

/**
 * Sends a gemeente's export as a download. Once bytes have gone out an error can no longer become a problem
 * answer: the connection is cut, so the client holds a truncated file that no import accepts.
 */
export async function sendTenantExport(res: Response, fileName: string, write: (out: Response) => Promise<void>): Promise<void> {
  res.setHeader('Content-Type', TENANT_EXPORT_MEDIA_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  try {
    await write(res);
  } catch (error) {
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      throw error;
    }
    res.destroy(error instanceof Error ? error : undefined);
  }
}

export const exportFileName = (slug: string, day: string): string => `wijkkompas-${slug}-${day}.jsonl.gz`;

/** The beheerder downloads all data of the own gemeente. */
@ApiTags('tenant')
@OwnTransactions()
@Controller('tenant-export')
export class TenantExportController {
  constructor(
    private readonly transfer: TenantTransferService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin')
  @ApiProduces(TENANT_EXPORT_MEDIA_TYPE)
  @ApiOkResponse({
    description:
      'All data of the own gemeente as one file (gzip-compressed JSON Lines); without sessions and without the credentials at the sign-in provider.',
  })
  async download(@CurrentUser() user: TenantActor, @Res() res: Response): Promise<void> {
    const own = await this.transfer.findOwn(user.tenantId);
    await sendTenantExport(res, exportFileName(own.slug, this.clock.today()), (out) => this.transfer.export(own.id, 'admin', out));
  }
}

/** The operator reads a gemeente's export file into this installation, where that gemeente does not exist yet. */
@ApiTags('platform')
@OwnTransactions()
@Controller('platform/tenant-imports')
export class PlatformTenantImportsController {
  constructor(private readonly transfer: TenantTransferService) {}

  @Post()
  @OperatorOnly()
  @HttpCode(201)
  @ApiConsumes(TENANT_EXPORT_MEDIA_TYPE)
  @ApiBody({ description: 'An export file of one gemeente (GET /platform/tenants/{id}/export or GET /tenant-export).' })
  @ApiCreatedResponse({
    description:
      'The gemeente is created with all its data, in one transaction. 409: it exists here already; 422: another schema version, or a damaged or changed file (nothing written).',
  })
  async import(@Req() req: Request): Promise<TenantImportResult> {
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || !body.length)
      throw new DomainError('validation_failed', 'transfer.content_type', {
        invalidParams: [param('body', 'content_type', 'transfer.content_type')],
      });
    return this.transfer.import(body);
  }
}
