/**
 * Writes a migration with the DDL that brings a database at the current migrations up to the entities.
 * Usage: npm run db:gen-migration -- <Name>   (uses DATABASE_URL; a scratch database is best)
 * Then add the new class to apps/api/src/migrations/index.ts.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../apps/api/src/database/data-source';

async function main(): Promise<void> {
  const name = process.argv[2];
  const url = process.env['DATABASE_URL'];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !url) throw new Error('usage: DATABASE_URL=… gen-migration <PascalCaseName>');
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (!sql.upQueries.length) {
    console.log('Entities and migrations agree: nothing to generate.');
    return;
  }
  const ts = Date.now();
  const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
  const body = (list: { query: string }[]) => list.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const file = join(__dirname, '..', 'apps/api/src/migrations', `${ts}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body(sql.downQueries.reverse())}
  }
}
`,
  );
  console.log(`Wrote ${file}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
