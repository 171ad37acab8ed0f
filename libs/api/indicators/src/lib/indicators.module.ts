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
import { BOUNDARY_SOURCE, IndicatorViewsService, type BoundarySource } from './indicator-views.service';

/** Indicators: how the wijk itself is doing, against its gemeente and the Netherlands. */
@Module({})
export class IndicatorsModule {
  /**
   * `wijken`: the registered WijkenModule (the app registers it once, with its CBS reference list);
   * `boundaries`: the wijk boundaries the product ships, for the map.
   */
  static register(wijken: DynamicModule, boundaries: BoundarySource): DynamicModule {
    return {
      module: IndicatorsModule,
      // Plans read the indicators (the latest figure of an effect indicator): registered once, available to all.
      global: true,
      imports: [wijken],
      controllers: [
        IndicatorsController,
        IndicatorImportsController,
        WijkIndicatorsController,
        PlatformIndicatorImportsController,
        BuildingBlocksController,
      ],
      providers: [IndicatorsService, IndicatorImportsService, IndicatorViewsService, { provide: BOUNDARY_SOURCE, useValue: boundaries }],
      exports: [IndicatorsService, IndicatorImportsService],
    };
  }
}
