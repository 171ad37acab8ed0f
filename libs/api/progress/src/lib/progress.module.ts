import { Module } from '@nestjs/common';
import { PlansModule } from '@wk/api/plans';
import { PROGRESS_CONTROLLERS } from './progress.controllers';
import { MilestonesService } from './milestones.service';
import { ProgressReader } from './progress-reader';
import { ProgressService } from './progress.service';
import { ProgressUpdatesService } from './progress-updates.service';
import { ClosedPeriodsService } from './closed-periods.service';

@Module({
  // Progress reads plans through PlanFacts (exported by PlansModule).
  imports: [PlansModule],
  controllers: PROGRESS_CONTROLLERS,
  providers: [MilestonesService, ProgressReader, ProgressService, ProgressUpdatesService, ClosedPeriodsService],
  exports: [ProgressService, ProgressUpdatesService, ClosedPeriodsService, MilestonesService],
})
export class ProgressModule {}
