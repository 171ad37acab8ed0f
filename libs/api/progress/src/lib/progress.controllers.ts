import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  ActionMilestones,
  ActionProgressList,
  ClosedPeriod,
  MilestoneProgress,
  Page,
  PlanDashboard,
  PlanMilestones,
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
  CreateMilestoneMarkDto,
  CreateProgressUpdateDto,
  MyActionsQuery,
} from './progress.dto';
import { MilestonesService } from './milestones.service';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller('actions')
export class ActionUpdatesController {
  constructor(
    private readonly progress: ProgressService,
    private readonly milestones: MilestonesService,
  ) {}

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

  @Get(':id/milestones')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      'The milestones of the action: done, late, soon or planned on the day, with every mark (newest first).',
  })
  milestoneList(
    @Param('id', IdPipe) id: string,
    @Query() q: AsOfQuery,
  ): Promise<ActionMilestones> {
    return this.milestones.ofAction(id, q.asOf);
  }

  @Post(':id/milestones/:key/marks')
  @Roles('admin', 'planner', 'contributor')
  @ApiCreatedResponse({
    description:
      'The milestone is marked done (or not done after all) on the adopted plan; earlier marks stay in its history.',
  })
  mark(
    @CurrentUser() actor: TenantActor,
    @Param('id', IdPipe) id: string,
    @Param('key', IdPipe) key: string,
    @Body() dto: CreateMilestoneMarkDto,
  ): Promise<MilestoneProgress> {
    return this.milestones.mark(actor.tenantId, id, key, dto);
  }
}

@ApiTags('progress')
@Controller('plans')
export class PlanProgressController {
  constructor(
    private readonly progress: ProgressService,
    private readonly milestones: MilestonesService,
  ) {}

  @Get(':id/milestones')
  @CachedView()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description: 'Every milestone of the plan by date, with its state on the day and the counts per state.',
  })
  planMilestones(
    @Param('id', IdPipe) id: string,
    @Query() q: AsOfQuery,
  ): Promise<PlanMilestones> {
    return this.milestones.ofPlan(id, q.asOf);
  }

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
