/** The TypeORM entities of the reports context (for the database setup only). */
export * from './lib/publication.entity';
export * from './lib/reminders/reminder.entities';
import { PlanPublicationEntity } from './lib/publication.entity';
import { MailOutboxEntity, ReminderUnsubscribeEntity } from './lib/reminders/reminder.entities';

export const REPORT_ENTITIES = [PlanPublicationEntity, MailOutboxEntity, ReminderUnsubscribeEntity];
