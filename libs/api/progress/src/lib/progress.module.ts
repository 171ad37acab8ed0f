import { Module } from '@nestjs/common';
import { PROGRESS_CONTROLLERS } from './progress.controllers';
import { MilestonesService } from './milestones.service';
import { ProgressReader } from './progress-reader';
import { ProgressService } from './progress.service';

@Module({
  controllers: PROGRESS_CONTROLLERS,
  providers: [MilestonesService, ProgressReader, ProgressService],
  exports: [ProgressService],
})
export class ProgressModule {}
