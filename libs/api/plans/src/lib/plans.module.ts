import { Module } from '@nestjs/common';
import {
  ActionsController,
  GoalsController,
  IndicatorTargetsController,
  PlanIndicatorTargetsController,
  PlansController,
  WijkIndicatorTargetsController,
} from './plans.controllers';
import { PlanTargetsService } from './plan-targets.service';
import { PlanFacts } from './plan-facts';
import { PlanReader } from './plan-reader';
import { PlansService } from './plans.service';
import { PlanLifecycleService } from './plan-lifecycle.service';
import { PlanActionsService } from './plan-actions.service';
import { PlanGoalsService } from './plan-goals.service';
import { PlanStructureLocks } from './plan-structure-locks';
import { TrackerController } from './tracker.controller';
import { TrackerService } from './tracker.service';

@Module({
  controllers: [
    PlansController,
    GoalsController,
    ActionsController,
    PlanIndicatorTargetsController,
    IndicatorTargetsController,
    WijkIndicatorTargetsController,
    TrackerController,
  ],
  providers: [
    PlanReader,
    PlansService,
    PlanLifecycleService,
    PlanStructureLocks,
    PlanGoalsService,
    PlanActionsService,
    PlanFacts,
    PlanTargetsService,
    TrackerService,
  ],
  exports: [PlansService, PlanLifecycleService, PlanGoalsService, PlanActionsService, PlanFacts, PlanTargetsService],
})
export class PlansModule {}
