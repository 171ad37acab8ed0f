import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  ActionProgressList,
  ClosedPeriod,
  Page,
  PlanDashboard,
  ProgressUpdate,
  TenantOverview,
} from '@wk/contracts';
import {
  ALL_ROLES,
  CachedView,
  CurrentUser,
  IdPipe,
  Roles,
  type TenantActor,
} from '@wk/api/core';
import {
  AsOfQuery,
  ClosePeriodDto,
  CreateProgressUpdateDto,
  MyActionsQuery,
} from './progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller('actions')
export class ActionUpdatesController {
  constructor(private readonly progress: ProgressService) {}

  @Get(':id/updates')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      "Every update of the action across the plan's revisions, newest period first; `current` marks the one that counts per period.",
  })
  list(@Param('id', IdPipe) id: string): Promise<Page<ProgressUpdate>> {
    return this.progress.timeline(id);
  }

  @Post(':id/updates')
  @Roles('admin', 'planner', 'contributor')
  @ApiCreatedResponse({
    description:
      'Update added (contributors: only for actions their units lead or contribute to).',
  })
  create(
    @CurrentUser() actor: TenantActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: CreateProgressUpdateDto,
  ): Promise<ProgressUpdate> {
    return this.progress.addUpdate(actor.tenantId, id, dto);
  }
}

@ApiTags('progress')
@Controller('plans')
export class PlanProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get(':id/dashboard')
  @CachedView()
  @Roles(...ALL_ROLES)
  dashboard(
    @Param('id', IdPipe) id: string,
    @Query() q: AsOfQuery,
  ): Promise<PlanDashboard> {
    return this.progress.dashboard(id, q.asOf);
  }

  @Get(':id/closed-periods')
  @Roles(...ALL_ROLES)
  closed(@Param('id', IdPipe) id: string): Promise<Page<ClosedPeriod>> {
    return this.progress.closedPeriods(id);
  }

  @Post(':id/closed-periods')
  @Roles('admin', 'planner')
  @ApiCreatedResponse({
    description:
      'The period is closed for every revision of the plan: no update can be added for it.',
  })
  close(
    @CurrentUser() actor: TenantActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: ClosePeriodDto,
  ): Promise<ClosedPeriod> {
    return this.progress.closePeriod(actor.tenantId, id, dto);
  }
}

@ApiTags('progress')
@Controller()
export class ProgressViewsController {
  constructor(private readonly progress: ProgressService) {}

  @Get('my-actions')
  @CachedView({ perUser: true })
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      "The actions of adopted plans that the signed-in user's units lead or contribute to.",
  })
  myActions(@Query() q: MyActionsQuery): Promise<ActionProgressList> {
    return this.progress.myActions(q.state ?? 'all', q.asOf);
  }

  @Get('org-units/:id/actions')
  @CachedView({ perUser: true })
  @Roles(...ALL_ROLES)
  unitActions(
    @Param('id', IdPipe) id: string,
    @Query() q: AsOfQuery,
  ): Promise<ActionProgressList> {
    return this.progress.unitActions(id, q.asOf);
  }

  @Get('overview')
  @CachedView()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      'Every wijk of the tenant against the six blocks and three pillars.',
  })
  overview(@Query() q: AsOfQuery): Promise<TenantOverview> {
    return this.progress.overview(q.asOf);
  }
}
