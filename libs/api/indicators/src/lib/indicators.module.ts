import { Module, type DynamicModule } from '@nestjs/common';
import {
  BuildingBlocksController,
  IndicatorImportsController,
  IndicatorsController,
  PlatformIndicatorImportsController,
  WijkIndicatorsController,
} from './indicators.controllers';
import { IndicatorImportsService } from './indicator-imports.service';
import { IndicatorsService } from './indicators.service';

/** Indicators: how the wijk itself is doing, against its gemeente and the Netherlands. */
@Module({})
export class IndicatorsModule {
  /** `wijken`: the registered WijkenModule (the app registers it once, with its CBS reference list). */
  static register(wijken: DynamicModule): DynamicModule {
    return {
      module: IndicatorsModule,
      imports: [wijken],
      controllers: [
        IndicatorsController,
        IndicatorImportsController,
        WijkIndicatorsController,
        PlatformIndicatorImportsController,
        BuildingBlocksController,
      ],
      providers: [IndicatorsService, IndicatorImportsService],
      exports: [IndicatorsService, IndicatorImportsService],
    };
  }
}
