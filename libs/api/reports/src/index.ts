export * from './lib/reports.module';
export * from './lib/publication.service';
export * from './lib/reminders/reminders.service';
export * from './lib/reminders/mail-queue';
