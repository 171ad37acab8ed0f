import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditEvent, IndicatorTarget, Page, Plan, PlanAction, PlanComparison, PlanGoal, PlanSummary, Role } from '@wk/contracts';
import { ALL_ROLES, CurrentUser, IdPipe, Roles, type TenantActor } from '@wk/api/core';
import { VersionQuery } from '@wk/api/tenancy';
import {
  AdoptPlanDto,
  ComparisonQuery,
  CorrectAdoptionDto,
  CreateActionDto,
  CreateGoalDto,
  CreatePlanDto,
  PlansQuery,
  PlanTransitionDto,
  ReorderActionsDto,
  ReorderGoalsDto,
  UpdateActionDto,
  UpdateGoalDto,
  UpdatePlanDto,
} from './plans.dto';
import { PlansService } from './plans.service';
import { PlanLifecycleService } from './plan-lifecycle.service';
import { PlanActionsService } from './plan-actions.service';
import { PlanGoalsService } from './plan-goals.service';
import { PlanTargetsService } from './plan-targets.service';
import { CreateIndicatorTargetDto, UpdateIndicatorTargetDto } from './plan-targets.dto';

/** Planners write plans; the admin may do everything in the tenant. Contributors and viewers read. */
const PLANNERS: Role[] = ['admin', 'planner'];
const WHOLE_PLAN = 'The whole plan after the change, with its completeness check.';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly lifecycle: PlanLifecycleService,
    private readonly goals: PlanGoalsService,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  list(@Query() q: PlansQuery): Promise<Page<PlanSummary>> {
    return this.plans.list(q.wijkId);
  }

  @Post()
  @Roles(...PLANNERS)
  @ApiCreatedResponse({
    description: 'A new draft with an empty section per building block (the six-block template).',
  })
  create(@CurrentUser() actor: TenantActor, @Body() dto: CreatePlanDto): Promise<Plan> {
    return this.plans.create(actor.tenantId, dto);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  get(@Param('id', IdPipe) id: string): Promise<Plan> {
    return this.plans.get(id);
  }

  @Patch(':id')
  @Roles(...PLANNERS)
  update(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: UpdatePlanDto): Promise<Plan> {
    return this.plans.update(actor.tenantId, id, dto);
  }

  @Delete(':id')
  @Roles(...PLANNERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted (drafts only).' })
  remove(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Query() q: VersionQuery): Promise<void> {
    return this.plans.remove(actor.tenantId, id, q.version);
  }

  @Post(':id/submit')
  @Roles(...PLANNERS)
  @HttpCode(200)
  @ApiOkResponse({
    description: 'draft → in_review (409 plan_incomplete while the completeness check reports errors).',
  })
  submit(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: PlanTransitionDto): Promise<Plan> {
    return this.lifecycle.submit(actor.tenantId, id, dto.version);
  }

  @Post(':id/reopen')
  @Roles(...PLANNERS)
  @HttpCode(200)
  @ApiOkResponse({ description: 'in_review → draft.' })
  reopen(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: PlanTransitionDto): Promise<Plan> {
    return this.lifecycle.reopen(actor.tenantId, id, dto.version);
  }

  @Post(':id/adopt')
  @Roles(...PLANNERS)
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'in_review → adopted; the revision is frozen and the previously adopted revision is archived. 409 plan_in_force (naming the plans in `plansInForce`) when another plan is in force for one of its wijken and the themes do not differ, unless the request lists those plans in `replacePlanIds` (then they are archived). 400 when the date lies after today.',
  })
  adopt(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: AdoptPlanDto): Promise<Plan> {
    return this.lifecycle.adopt(actor.tenantId, id, dto);
  }

  @Post(':id/adoption-correction')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'The beheerder corrects the adoption date or the decision reference of an adopted (or archived) revision, with a reason shown in the history; the content stays frozen.',
  })
  correctAdoption(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: CorrectAdoptionDto): Promise<Plan> {
    return this.lifecycle.correctAdoption(actor.tenantId, id, dto);
  }

  @Post(':id/archive')
  @Roles(...PLANNERS)
  @HttpCode(200)
  @ApiOkResponse({ description: 'adopted → archived.' })
  archive(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: PlanTransitionDto): Promise<Plan> {
    return this.lifecycle.archive(actor.tenantId, id, dto.version);
  }

  @Post(':id/revisions')
  @Roles(...PLANNERS)
  @ApiCreatedResponse({
    description: 'A new draft revision copied from this adopted or archived revision.',
  })
  newRevision(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: PlanTransitionDto): Promise<Plan> {
    return this.lifecycle.newRevision(actor.tenantId, id, dto.version);
  }

  @Get(':id/comparison')
  @Roles(...ALL_ROLES)
  compare(@Param('id', IdPipe) id: string, @Query() q: ComparisonQuery): Promise<PlanComparison> {
    return this.plans.compare(id, q.baseId);
  }

  @Get(':id/history')
  @Roles('admin', 'planner', 'viewer')
  history(@Param('id', IdPipe) id: string): Promise<Page<AuditEvent>> {
    return this.plans.history(id);
  }

  @Post(':id/goals')
  @Roles(...PLANNERS)
  @ApiCreatedResponse({ description: WHOLE_PLAN })
  createGoal(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: CreateGoalDto): Promise<Plan> {
    return this.goals.createGoal(actor.tenantId, id, dto);
  }

  @Put(':id/goal-order')
  @Roles(...PLANNERS)
  @ApiOkResponse({ description: WHOLE_PLAN })
  reorderGoals(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: ReorderGoalsDto): Promise<Plan> {
    return this.goals.reorderGoals(actor.tenantId, id, dto);
  }
}

@ApiTags('plans')
@Controller('goals')
export class GoalsController {
  constructor(
    private readonly goals: PlanGoalsService,
    private readonly actions: PlanActionsService,
    private readonly targets: PlanTargetsService,
  ) {}

  @Post(':id/indicator-targets')
  @Roles(...PLANNERS)
  @ApiCreatedResponse({
    description:
      'An effect indicator of the goal (baseline, target, intermediate targets) for one wijk of the plan, with the wijk’s latest figure and whether it is on course. The plan must be a draft.',
  })
  addIndicatorTarget(@Param('id', IdPipe) id: string, @Body() dto: CreateIndicatorTargetDto): Promise<IndicatorTarget> {
    return this.targets.create(id, dto);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  get(@Param('id', IdPipe) id: string): Promise<PlanGoal> {
    return this.goals.getGoal(id);
  }

  @Patch(':id')
  @Roles(...PLANNERS)
  @ApiOkResponse({ description: WHOLE_PLAN })
  update(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: UpdateGoalDto): Promise<Plan> {
    return this.goals.updateGoal(actor.tenantId, id, dto);
  }

  @Delete(':id')
  @Roles(...PLANNERS)
  @ApiOkResponse({
    description: 'The goal and its actions are deleted. ' + WHOLE_PLAN,
  })
  remove(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Query() q: VersionQuery): Promise<Plan> {
    return this.goals.removeGoal(actor.tenantId, id, q.version);
  }

  @Post(':id/actions')
  @Roles(...PLANNERS)
  @ApiCreatedResponse({ description: WHOLE_PLAN })
  createAction(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: CreateActionDto): Promise<Plan> {
    return this.actions.createAction(actor.tenantId, id, dto);
  }

  @Put(':id/action-order')
  @Roles(...PLANNERS)
  @ApiOkResponse({ description: WHOLE_PLAN })
  reorderActions(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: ReorderActionsDto): Promise<Plan> {
    return this.actions.reorderActions(actor.tenantId, id, dto);
  }
}

@ApiTags('plans')
@Controller('actions')
export class ActionsController {
  constructor(private readonly actions: PlanActionsService) {}

  @Get(':id')
  @Roles(...ALL_ROLES)
  get(@Param('id', IdPipe) id: string): Promise<PlanAction> {
    return this.actions.getAction(id);
  }

  @Patch(':id')
  @Roles(...PLANNERS)
  @ApiOkResponse({
    description: 'Give `goalId` to move the action to another goal of the plan. ' + WHOLE_PLAN,
  })
  update(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Body() dto: UpdateActionDto): Promise<Plan> {
    return this.actions.updateAction(actor.tenantId, id, dto);
  }

  @Delete(':id')
  @Roles(...PLANNERS)
  @ApiOkResponse({ description: WHOLE_PLAN })
  remove(@CurrentUser() actor: TenantActor, @Param('id', IdPipe) id: string, @Query() q: VersionQuery): Promise<Plan> {
    return this.actions.removeAction(actor.tenantId, id, q.version);
  }
}

@ApiTags('plans')
@Controller('plans/:id/indicator-targets')
export class PlanIndicatorTargetsController {
  constructor(private readonly targets: PlanTargetsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      'The effect indicators of the plan’s goals, each with the wijk’s latest figure after the baseline, the value the straight path expects then, and the status (on course, off course, target reached, no new measurement yet).',
  })
  async list(@Param('id', IdPipe) id: string): Promise<Page<IndicatorTarget>> {
    const items = await this.targets.forPlan(id);
    return { total: items.length, items };
  }
}

@ApiTags('plans')
@Controller('indicator-targets')
export class IndicatorTargetsController {
  constructor(private readonly targets: PlanTargetsService) {}

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'One effect indicator with the wijk’s latest figure and whether it is on course.' })
  get(@Param('id', IdPipe) id: string): Promise<IndicatorTarget> {
    return this.targets.get(id);
  }

  @Patch(':id')
  @Roles(...PLANNERS)
  @ApiOkResponse({ description: 'The effect indicator after the change (the plan must be a draft).' })
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateIndicatorTargetDto): Promise<IndicatorTarget> {
    return this.targets.update(id, dto);
  }

  @Delete(':id')
  @Roles(...PLANNERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The effect indicator is deleted (the plan must be a draft).' })
  async remove(@Param('id', IdPipe) id: string, @Query() q: VersionQuery): Promise<void> {
    await this.targets.remove(id, q.version);
  }
}

@ApiTags('plans')
@Controller('wijken/:id/indicator-targets')
export class WijkIndicatorTargetsController {
  constructor(private readonly targets: PlanTargetsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description: 'The effect indicators that adopted plans set for this wijk (for the wijk page: the target beside the figures).',
  })
  async list(@Param('id', IdPipe) id: string): Promise<Page<IndicatorTarget>> {
    const items = await this.targets.forWijk(id);
    return { total: items.length, items };
  }
}
