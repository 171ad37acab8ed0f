import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Health } from '@wk/contracts';
import { Db, Public } from '@wk/api/core';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly db: Db) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Whether the API and its database answer (503 when the database does not).' })
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const up = await this.db.ping();
    if (!up) res.status(503);
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down', version: process.env['npm_package_version'] ?? '0.1.0' };
  }
}
