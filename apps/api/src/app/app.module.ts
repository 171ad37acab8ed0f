import { Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ContextLogger, CoreModule, type AppConfig } from '@wk/api/core';
import { AuditModule } from '@wk/api/audit';
import { AuthModule } from '@wk/api/auth';
import { TenancyModule } from '@wk/api/tenancy';
import { WijkenModule } from '@wk/api/wijken';
import { PlansModule } from '@wk/api/plans';
import { ProgressModule } from '@wk/api/progress';
import { IndicatorsModule } from '@wk/api/indicators';
import { ReportsModule } from '@wk/api/reports';
import { CbsReference } from '../seed/cbs-reference';
import { WijkBoundaryFile } from '../seed/wijk-boundaries';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource, logger?: ContextLogger): DynamicModule {
    const wijken = WijkenModule.register(CbsReference.load());
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource, logger),
        AuditModule,
        AuthModule,
        TenancyModule.register(CbsReference.load()),
        wijken,
        IndicatorsModule.register(wijken, WijkBoundaryFile.load()),
        PlansModule,
        ProgressModule,
        ReportsModule.register(wijken),
      ],
      controllers: [HealthController, MetricsController],
    };
  }
}
