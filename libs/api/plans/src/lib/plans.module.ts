import { Module } from '@nestjs/common';
import {
  ActionsController,
  GoalsController,
  PlansController,
} from './plans.controllers';
import { PlanFacts } from './plan-facts';
import { PlanReader } from './plan-reader';
import { PlansService } from './plans.service';
import { PlanStructureService } from './plan-structure.service';

@Module({
  controllers: [PlansController, GoalsController, ActionsController],
  providers: [PlanReader, PlansService, PlanStructureService, PlanFacts],
  exports: [PlansService, PlanStructureService, PlanFacts],
})
export class PlansModule {}
