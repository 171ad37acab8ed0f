/** The TypeORM entities of the reports context (for the database setup only). */
export * from './lib/publication.entity';
import { PlanPublicationEntity } from './lib/publication.entity';

export const REPORT_ENTITIES = [PlanPublicationEntity];
