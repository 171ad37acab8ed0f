import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Health } from '@wk/contracts';
import { APP_CONFIG, Db, Lifecycle, Public, type AppConfig } from '@wk/api/core';

const version = () => process.env['npm_package_version'] ?? '0.1.0';

/**
 * Health checks for the platform that runs the API: liveness (the process answers; never the database), readiness
 * (the database answers within READY_TIMEOUT_MS and the process is not shutting down) and the combined check.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Db,
    private readonly lifecycle: Lifecycle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Whether the API and its database answer (503 when the database does not).' })
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const up = await this.db.ping();
    if (!up) res.status(503);
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down', version: version() };
  }

  @Get('live')
  @Public()
  @ApiOkResponse({ description: 'Liveness: the process is up and answers (the database is not asked).' })
  live(): Pick<Health, 'status' | 'version'> {
    return { status: 'ok', version: version() };
  }

  @Get('ready')
  @Public()
  @ApiOkResponse({
    description:
      'Readiness: the database answers and the process takes new work (503 with the same body when the database ' +
      'does not answer in time, or with `draining: true` while the process shuts down).',
  })
  async ready(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const up = await this.pingWithin(this.config.ops.readyTimeoutMs);
    const draining = this.lifecycle.draining;
    const ok = up && !draining;
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'error', database: up ? 'up' : 'down', version: version(), ...(draining ? { draining } : {}) };
  }

  private async pingWithin(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    try {
      return await Promise.race([this.db.ping(), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
