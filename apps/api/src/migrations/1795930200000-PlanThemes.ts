import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An optional theme per plan: two plans in force for the same wijk are allowed only when both name a theme
 * and the themes differ (checked when a plan is adopted, under a lock on the wijk rows).
 */
export class PlanThemes1795930200000 implements MigrationInterface {
  name = 'PlanThemes1795930200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plans" ADD "theme" character varying(100)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plans" DROP COLUMN "theme"`);
  }
}
