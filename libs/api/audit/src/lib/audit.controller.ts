import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import type { AuditEvent, Page } from '@wk/contracts';
import { Roles } from '@wk/api/core';
import { AuditService } from './audit.service';

export const AUDIT_OBJECT_TYPES = ['tenant', 'user', 'org_unit', 'wijk', 'plan', 'goal', 'action'] as const;

export class AuditQuery {
  @ApiPropertyOptional({ enum: AUDIT_OBJECT_TYPES })
  @IsOptional()
  @IsIn(AUDIT_OBJECT_TYPES)
  objectType?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin', 'planner', 'viewer')
  @ApiOkResponse({ description: 'Audit events of the tenant, newest first.' })
  list(@Query() q: AuditQuery): Promise<Page<AuditEvent>> {
    return this.audit.list({
      objectType: q.objectType,
      objectId: q.objectId,
      limit: q.limit ?? 100,
      offset: q.offset ?? 0,
    });
  }
}
