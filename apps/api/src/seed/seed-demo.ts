import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, Db, DB_ROLES, hashPassword, requestContext } from '@wk/api/core';
import { RemindersService } from '@wk/api/reports';
import { isoWeekday } from '@wk/util';
import { OrgUnitsService, UsersService } from '@wk/api/tenancy';
import { TenantEntity, UserEntity } from '@wk/api/tenancy/entities';
import { WijkenService } from '@wk/api/wijken';
import { OperatorEntity } from '@wk/api/auth/entities';
import { buildDemoContent, DEMO_CONSULTANT, type DemoTenant } from './demo-content';
import { CbsReference } from './cbs-reference';
import { seedDemoPlans } from './seed-demo-plans';

export const DEMO_OPERATOR_EMAIL = 'operator@wijkkompas.demo';

/**
 * Seeds the demo tenants of the product brief once (skipped when they exist). Runs through the same
 * services and the same tenant-scoped transactions as requests do, so the demo data is audited too.
 */
export async function seedDemo(app: INestApplication, password: string): Promise<{ seeded: boolean; tenants: DemoTenant[] }> {
  const logger = new Logger('Seed');
  const content = buildDemoContent(CbsReference.load());
  const db = app.get(Db);
  const existing = await db.asRole(DB_ROLES.platform, (m) => m.count(TenantEntity));
  if (existing > 0) {
    // A database seeded before plans existed gets its demo plans now (no-op when they are there).
    await seedDemoPlans(app, content);
    await seedDemoConsultant(app, () => hashPassword(password));
    return { seeded: false, tenants: content };
  }
  const started = performance.now();
  const hash = await hashPassword(password);
  const dataSource = app.get(DataSource);
  await dataSource.query(`INSERT INTO platform_operators (email, name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING`, [
    DEMO_OPERATOR_EMAIL,
    'Platformbeheer (demo)',
    hash,
  ]);
  const users = app.get(UsersService);
  const orgUnits = app.get(OrgUnitsService);
  const wijken = app.get(WijkenService);
  for (const t of content) {
    await db.asRole(DB_ROLES.platform, async (m) => {
      const tenant = await m.save(
        m.create(TenantEntity, {
          name: t.name,
          slug: t.slug,
          cbsCode: t.cbsCode,
          theme: t.theme,
          // The demo's digest day is the day it was made: its outbox shows the trekkers' digests at once.
          settings: { demo: true, reminders: { enabled: true, weekday: isoWeekday(app.get(Clock).today()) } },
        }),
      );
      await db.enterTenant(m, tenant.id);
      const ctx = {
        requestId: 'seed',
        ip: 'local',
        actor: null,
        tenantId: tenant.id,
        manager: m,
      };
      await requestContext.run(ctx, async () => {
        const unitIds = new Map<string, string>();
        for (const u of t.orgUnits) unitIds.set(u.key, (await orgUnits.create(tenant.id, u)).id);
        for (const u of t.users) {
          await users.create(
            tenant.id,
            {
              email: u.email,
              name: u.name,
              role: u.role,
              password,
              orgUnitIds: u.orgUnitKeys.map((k) => unitIds.get(k) ?? ''),
            },
            hash,
          );
        }
        for (const w of t.wijken) await wijken.create(tenant.id, w);
      });
    });
  }
  await seedDemoConsultant(app, () => Promise.resolve(hash));
  logger.log(`Demo data seeded: ${content.length} gemeenten in ${Math.round(performance.now() - started)} ms`);
  await seedDemoPlans(app, content);
  const mails = await app.get(RemindersService).round(app.get(Clock).today());
  logger.log(`Demo reminders: ${mails} mails in the outbox`);
  return { seeded: true, tenants: content };
}

/** The demo consultant's memberships (skipped where they exist): one account in two gemeenten. */
async function seedDemoConsultant(app: INestApplication, hash: () => Promise<string>): Promise<void> {
  const db = app.get(Db);
  const users = app.get(UsersService);
  for (const membership of DEMO_CONSULTANT.memberships) {
    const tenant = await db.asRole(DB_ROLES.platform, (m) => m.findOneBy(TenantEntity, { slug: membership.slug }));
    if (!tenant) continue;
    await db.inTenant(tenant.id, async (m) => {
      if (await m.findOneBy(UserEntity, { tenantId: tenant.id, email: DEMO_CONSULTANT.email })) return;
      const ctx = { requestId: 'seed', ip: 'local', actor: null, tenantId: tenant.id, manager: m };
      const passwordHash = await hash();
      await requestContext.run(ctx, () =>
        users.create(
          tenant.id,
          { email: DEMO_CONSULTANT.email, name: DEMO_CONSULTANT.name, role: membership.role, orgUnitIds: [] },
          passwordHash,
        ),
      );
    });
  }
}

export { OperatorEntity };
