import { Module } from '@nestjs/common';
import {
  ActionUpdatesController,
  PlanProgressController,
  ProgressViewsController,
} from './progress.controllers';
import { MilestonesService } from './milestones.service';
import { ProgressReader } from './progress-reader';
import { ProgressService } from './progress.service';

@Module({
  controllers: [
    ActionUpdatesController,
    PlanProgressController,
    ProgressViewsController,
  ],
  providers: [MilestonesService, ProgressReader, ProgressService],
  exports: [ProgressService],
})
export class ProgressModule {}
