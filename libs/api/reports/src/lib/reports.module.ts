import { Module, type DynamicModule } from '@nestjs/common';
import { PlansModule } from '@wk/api/plans';
import { ProgressModule } from '@wk/api/progress';
import { AnnualReportService } from './annual-report.service';
import { CsvExportsService } from './csv-exports.service';
import { REPORTS_CONTROLLERS } from './reports.controllers';
import { PublicationService } from './publication.service';
import { PublicPlansService } from './public-plans.service';
import { PublicRateLimit } from './public-rate-limit';
import { MailQueue } from './reminders/mail-queue';
import { REMINDER_CONTROLLERS } from './reminders/reminders.controllers';
import { RemindersService } from './reminders/reminders.service';

/**
 * Plans leave the application: the annual report (PDF, Excel) and lists as CSV. Reads through the services of
 * plans, progress, wijken (the registered WijkenModule is passed in) and tenancy (global).
 */
@Module({})
export class ReportsModule {
  static register(wijken: DynamicModule): DynamicModule {
    return {
      module: ReportsModule,
      imports: [PlansModule, ProgressModule, wijken],
      controllers: [...REPORTS_CONTROLLERS, ...REMINDER_CONTROLLERS],
      providers: [
        AnnualReportService,
        CsvExportsService,
        PublicationService,
        PublicPlansService,
        PublicRateLimit,
        MailQueue,
        RemindersService,
      ],
      exports: [RemindersService, MailQueue],
    };
  }
}
