import { Module } from '@nestjs/common';
import { ActionsController, GoalsController, PlansController } from './plans.controllers';
import { PlanFacts } from './plan-facts';
import { PlanReader } from './plan-reader';
import { PlansService } from './plans.service';
import { PlanActionsService } from './plan-actions.service';
import { PlanGoalsService } from './plan-goals.service';
import { PlanStructureLocks } from './plan-structure-locks';

@Module({
  controllers: [PlansController, GoalsController, ActionsController],
  providers: [PlanReader, PlansService, PlanStructureLocks, PlanGoalsService, PlanActionsService, PlanFacts],
  exports: [PlansService, PlanGoalsService, PlanActionsService, PlanFacts],
})
export class PlansModule {}
