import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables whose primary key was the id alone: [table, primary key before, primary key (tenant_id, id) after,
 * the unique (tenant_id, id) that foreign keys pointed at and that the new primary key replaces]. The names are
 * TypeORM's (DefaultNamingStrategy), so that entities and migrations agree.
 */
const KEYS: readonly (readonly [string, string, string, string | null])[] = [
  ['audit_events', 'PK_910f64d901a5c3e9878f0d4a407', 'PK_7445fcd6291ee354a6988ae6d3c', null],
  ['goal_indicator_targets', 'PK_4988729b416c2f81e8ebaccd674', 'PK_e73a92c938ca5405fe197797771', null],
  ['mail_outbox', 'PK_fecc63c96385bc35a39ccf2a72e', 'PK_0460e7e03fb047f6697a33e1e8a', null],
  ['org_units', 'PK_b4a19b7f3756560cd75643be5a7', 'PK_e792f2f337eb4813c27d4882d66', 'uq_org_units_tenant_id'],
  ['plan_action_milestones', 'PK_0f06b3819ca54527c7393e82552', 'PK_b88f839be3df46b40dbf0119911', null],
  ['plan_actions', 'PK_c835bdda7f4948a712944d89e29', 'PK_eb20d6ebc141cc9c1620f2565c3', 'uq_plan_actions_tenant_id'],
  ['plan_goals', 'PK_3c94e7ff165c29164dcf51676ac', 'PK_bb2f76fde2a9570c7bc810e21bd', 'uq_plan_goals_tenant_id'],
  ['plans', 'PK_3720521a81c7c24fe9b7202ba61', 'PK_ed1904e382b32dbe8e06f182534', 'uq_plans_tenant_id'],
  ['progress_milestone_updates', 'PK_progress_milestone_updates', 'PK_62970c5940eac424f178ac47caf', null],
  ['progress_updates', 'PK_180f6781848cb83b31c3deb131b', 'PK_c4b88bf254c7c27963537f14e10', null],
  ['tenant_indicator_imports', 'PK_ecd38ef9892c2f7f6553890b1d9', 'PK_84ea448cc7a7339ecc55968c9fc', 'uq_tenant_indicator_imports_tenant_id'],
  ['users', 'PK_a3ffb1c0c8416b9fc6f907b7433', 'PK_96bb2f14a3cd3f8e046898b08b4', 'uq_users_tenant_id'],
  ['wijken', 'PK_96fe217bb2f1c2230fd0170ead1', 'PK_e8d0c96ab376bbed3f196c78f9e', 'uq_wijken_tenant_id'],
];

/**
 * Keys ready for a distributed PostgreSQL (Citus) with `tenant_id` as the distribution column: there, a primary
 * key or unique constraint must contain the distribution column, and a foreign key between two distributed tables
 * must join on it. Foreign keys between tenant tables were already composite (x_id, tenant_id) → (id, tenant_id),
 * pointing at a unique (tenant_id, id) beside the primary key (id); now the primary key is (tenant_id, id) itself and
 * that second unique (and its index) goes. `apps/api/test/schema-distribution.int-spec.ts` checks the catalog.
 *
 * A foreign key depends on the index it points at, so those pointing at these tables are dropped first and made
 * again, unchanged and with their names, from their own definitions (`pg_get_constraintdef`).
 */
export class DistributionReadyKeys1796000300000 implements MigrationInterface {
  name = 'DistributionReadyKeys1796000300000';

  async up(q: QueryRunner): Promise<void> {
    await rebuildReferences(q, async () => {
      for (const [table, before, after, unique] of KEYS) {
        await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${before}"`);
        await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${after}" PRIMARY KEY ("tenant_id", "id")`);
        if (unique) await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${unique}"`);
      }
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await rebuildReferences(q, async () => {
      for (const [table, before, after, unique] of KEYS) {
        if (unique) await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${unique}" UNIQUE ("tenant_id", "id")`);
        await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${after}"`);
        await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${before}" PRIMARY KEY ("id")`);
      }
    });
  }
}

/** Drops the foreign keys that point at the tables of KEYS, runs `change`, and adds them again as they were. */
async function rebuildReferences(q: QueryRunner, change: () => Promise<void>): Promise<void> {
  const references: { name: string; source: string; definition: string }[] = await q.query(
    `SELECT con.conname AS name, src.relname AS source, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con
       JOIN pg_class src ON src.oid = con.conrelid
       JOIN pg_class ref ON ref.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = ref.relnamespace
      WHERE con.contype = 'f' AND n.nspname = current_schema() AND ref.relname = ANY($1)
      ORDER BY src.relname, con.conname`,
    [KEYS.map(([table]) => table)],
  );
  for (const fk of references) await q.query(`ALTER TABLE "${fk.source}" DROP CONSTRAINT "${fk.name}"`);
  await change();
  for (const fk of references) await q.query(`ALTER TABLE "${fk.source}" ADD CONSTRAINT "${fk.name}" ${fk.definition}`);
}
