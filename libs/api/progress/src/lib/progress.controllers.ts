import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  ActionMilestones,
  ActionProgress,
  ActionProgressList,
  ClosedPeriod,
  MilestoneProgress,
  Page,
  PlanDashboard,
  PlanMilestones,
  ProgressUpdate,
  TenantOverview,
} from '@wk/contracts';
import { ALL_ROLES, CachedView, IdPipe, Roles } from '@wk/api/core';
import { AsOfQuery, ClosePeriodDto, CreateMilestoneMarkDto, CreateProgressUpdateDto, MyActionsQuery } from './progress.dto';
import { MilestonesService } from './milestones.service';
import { ProgressService } from './progress.service';
import { ProgressUpdatesService } from './progress-updates.service';
import { ClosedPeriodsService } from './closed-periods.service';

/*
 * Each controller owns one route prefix. Progress lives under a plan's or an action's path as its own
 * sub-resource (`/actions/:id/updates`, `/plans/:id/dashboard`); `/plans`, `/goals` and `/actions` themselves
 * belong to the plans context. Services read the tenant and the actor from the request context.
 */

const REPORTERS = ['admin', 'planner', 'contributor'] as const;

@ApiTags('progress')
@Controller('actions/:id/updates')
export class ActionUpdatesController {
  constructor(private readonly updates: ProgressUpdatesService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      "Every update of the action across the plan's revisions, newest period first; `current` marks the one that counts per period.",
  })
  list(@Param('id', IdPipe) id: string): Promise<Page<ProgressUpdate>> {
    return this.updates.timeline(id);
  }

  @Post()
  @Roles(...REPORTERS)
  @ApiCreatedResponse({ description: 'Update added (contributors: only for actions their units lead or contribute to).' })
  create(@Param('id', IdPipe) id: string, @Body() dto: CreateProgressUpdateDto): Promise<ProgressUpdate> {
    return this.updates.addUpdate(id, dto);
  }
}

@ApiTags('progress')
@Controller('actions/:id/progress')
export class ActionProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      'The progress of one action on the day: status, percent, spent, expected, the periods to report and whether the caller may report.',
  })
  get(@Param('id', IdPipe) id: string, @Query() q: AsOfQuery): Promise<ActionProgress> {
    return this.progress.actionProgress(id, q.asOf);
  }
}

@ApiTags('progress')
@Controller('actions/:id/milestones')
export class ActionMilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description: 'The milestones of the action: done, late, soon or planned on the day, with every mark (newest first).',
  })
  list(@Param('id', IdPipe) id: string, @Query() q: AsOfQuery): Promise<ActionMilestones> {
    return this.milestones.ofAction(id, q.asOf);
  }

  @Post(':key/marks')
  @Roles(...REPORTERS)
  @ApiCreatedResponse({
    description: 'The milestone is marked done (or not done after all) on the adopted plan; earlier marks stay in its history.',
  })
  mark(
    @Param('id', IdPipe) id: string,
    @Param('key', IdPipe) key: string,
    @Body() dto: CreateMilestoneMarkDto,
  ): Promise<MilestoneProgress> {
    return this.milestones.mark(id, key, dto);
  }
}

@ApiTags('progress')
@Controller('plans/:id/milestones')
export class PlanMilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  @CachedView()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'Every milestone of the plan by date, with its state on the day and the counts per state.' })
  list(@Param('id', IdPipe) id: string, @Query() q: AsOfQuery): Promise<PlanMilestones> {
    return this.milestones.ofPlan(id, q.asOf);
  }
}

@ApiTags('progress')
@Controller('plans/:id/dashboard')
export class PlanDashboardController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @CachedView()
  @Roles(...ALL_ROLES)
  get(@Param('id', IdPipe) id: string, @Query() q: AsOfQuery): Promise<PlanDashboard> {
    return this.progress.dashboard(id, q.asOf);
  }
}

@ApiTags('progress')
@Controller('plans/:id/closed-periods')
export class ClosedPeriodsController {
  constructor(private readonly closedPeriods: ClosedPeriodsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  list(@Param('id', IdPipe) id: string): Promise<Page<ClosedPeriod>> {
    return this.closedPeriods.closedPeriods(id);
  }

  @Post()
  @Roles('admin', 'planner')
  @ApiCreatedResponse({ description: 'The period is closed for every revision of the plan: no update can be added for it.' })
  close(@Param('id', IdPipe) id: string, @Body() dto: ClosePeriodDto): Promise<ClosedPeriod> {
    return this.closedPeriods.closePeriod(id, dto);
  }
}

@ApiTags('progress')
@Controller('my-actions')
export class MyActionsController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @CachedView({ perUser: true })
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: "The actions of adopted plans that the signed-in user's units lead or contribute to." })
  list(@Query() q: MyActionsQuery): Promise<ActionProgressList> {
    return this.progress.myActions(q.state ?? 'all', q.asOf);
  }
}

@ApiTags('progress')
@Controller('org-units/:id/actions')
export class UnitActionsController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @CachedView({ perUser: true })
  @Roles(...ALL_ROLES)
  list(@Param('id', IdPipe) id: string, @Query() q: AsOfQuery): Promise<ActionProgressList> {
    return this.progress.unitActions(id, q.asOf);
  }
}

@ApiTags('progress')
@Controller('overview')
export class OverviewController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @CachedView()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'Every wijk of the tenant against the six blocks and three pillars.' })
  get(@Query() q: AsOfQuery): Promise<TenantOverview> {
    return this.progress.overview(q.asOf);
  }
}

export const PROGRESS_CONTROLLERS = [
  ActionUpdatesController,
  ActionProgressController,
  ActionMilestonesController,
  PlanMilestonesController,
  PlanDashboardController,
  ClosedPeriodsController,
  MyActionsController,
  UnitActionsController,
  OverviewController,
];
