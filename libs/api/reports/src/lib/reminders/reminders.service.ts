import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  REMINDER_DEFAULTS,
  type MailOutbox,
  type Quarter,
  type ReminderSettings,
  type ReminderSubscription,
  type Role,
} from '@wk/contracts';
import { APP_CONFIG, Clock, currentContext, currentTenantId, Db, DB_ROLES, requestContext, type Actor, type AppConfig } from '@wk/api/core';
import { ProgressService } from '@wk/api/progress';
import { digestMail, isoWeekday, isoWeekKey, periodClosedMail, periodKey, type DigestItem } from '@wk/util';
import type { EntityManager } from 'typeorm';
import { MailQueue } from './mail-queue';
import { MailOutboxEntity } from './reminder.entities';

interface Member {
  id: string;
  name: string;
  email: string;
  role: Role;
  unit_ids: string[];
}

/** How far back a closed period still gets its notice (a round may have been missed). */
const CLOSED_LOOKBACK_DAYS = 14;

/**
 * E-mail reminders. A round (every WK_REMINDER_TICK_SECONDS on every instance, or when an admin asks) makes, per
 * gemeente: on the gemeente's weekday, a digest for every user whose units have updates due or overdue (unless they
 * unsubscribed or the gemeente switched it off); and for a period closed with updates missing, a notice to the
 * planners. Each mail is a row in mail_outbox with a unique dedupe key, so a round can run on two instances at
 * once, or twice, and still makes every mail once; the queue (MailQueue) sends it.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly progress: ProgressService,
    private readonly queue: MailQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.mail.tickSeconds) return;
    this.timer = setInterval(() => {
      this.round(this.clock.today()).catch((e: unknown) =>
        this.logger.error(`Reminder round failed: ${e instanceof Error ? e.stack : String(e)}`),
      );
    }, this.config.mail.tickSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** A round over every active gemeente; returns how many mails it made. */
  async round(today: string): Promise<number> {
    const tenants: { id: string }[] = await this.db.asRole(DB_ROLES.platform, (m) =>
      m.query(`SELECT id FROM tenants WHERE active ORDER BY id`),
    );
    let made = 0;
    for (const t of tenants) made += await this.tenantRound(t.id, today);
    return made;
  }

  /** A round for one gemeente, in its own transaction; the queue is asked to send once the mails are committed. */
  async tenantRound(tenantId: string, today: string): Promise<number> {
    const made = await this.db.inTenant(tenantId, (m) => this.inContext(tenantId, null, m, () => this.makeMails(tenantId, today, m)));
    const unsent: { n: number }[] = await this.db.inTenant(tenantId, (m) =>
      m.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE tenant_id = $1 AND sent_at IS NULL`, [tenantId]),
    );
    if ((unsent[0]?.n ?? 0) > 0) await this.queue.enqueue(tenantId);
    return made;
  }

  private async makeMails(tenantId: string, today: string, m: EntityManager): Promise<number> {
    const [tenant]: { name: string; reminders: Partial<ReminderSettings> | null }[] = await m.query(
      `SELECT name, settings->'reminders' AS reminders FROM tenants WHERE id = $1`,
      [tenantId],
    );
    if (!tenant) return 0;
    const settings = { ...REMINDER_DEFAULTS, ...(tenant.reminders ?? {}) };
    const members: Member[] = await m.query(
      `SELECT u.id, u.name, u.email, u.role,
              coalesce(array_agg(om.org_unit_id) FILTER (WHERE om.org_unit_id IS NOT NULL), '{}') AS unit_ids
         FROM users u LEFT JOIN org_unit_members om ON om.tenant_id = u.tenant_id AND om.user_id = u.id
        WHERE u.tenant_id = $1 AND u.active
          AND NOT EXISTS (SELECT 1 FROM reminder_unsubscribes r WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id)
        GROUP BY u.tenant_id, u.id ORDER BY u.name`,
      [tenantId],
    );
    let made = 0;
    const add = async (kind: MailOutboxEntity['kind'], to: Member, key: string, mail: { subject: string; text: string }) => {
      const rows: unknown[] = await m.query(
        `INSERT INTO mail_outbox (tenant_id, kind, to_user_id, to_address, subject, body_text, dedupe_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tenant_id, dedupe_key) DO NOTHING RETURNING id`,
        [tenantId, kind, to.id, to.email, mail.subject.slice(0, 300), mail.text, key],
      );
      made += rows.length;
    };
    const week = isoWeekKey(today);
    if (settings.enabled && isoWeekday(today) === settings.weekday) {
      // Rounds repeat through the day: whoever has this week's digest already is not looked at again.
      const sent: { dedupe_key: string }[] = await m.query(
        `SELECT dedupe_key FROM mail_outbox WHERE tenant_id = $1 AND kind = 'digest' AND dedupe_key LIKE $2`,
        [tenantId, `digest:%:${week}`],
      );
      const done = new Set(sent.map((r) => r.dedupe_key));
      for (const member of members.filter((u) => u.unit_ids.length && !done.has(`digest:${u.id}:${week}`))) {
        const { items } = await this.inContext(tenantId, member, m, () => this.progress.myActions('all', today));
        const due: DigestItem[] = items.flatMap((a) =>
          a.periods
            .filter((p) => p.state === 'due' || p.state === 'overdue')
            .map((p) => ({
              actionId: a.actionId,
              title: a.title,
              planTitle: a.planTitle,
              period: p,
              deadline: p.deadline,
              overdue: p.state === 'overdue',
            })),
        );
        if (!due.length) continue;
        const mail = digestMail({
          name: member.name,
          gemeente: tenant.name,
          appUrl: this.config.mail.appUrl,
          weekday: settings.weekday,
          items: due,
        });
        await add('digest', member, `digest:${member.id}:${week}`, mail);
      }
    }
    await this.closedNotices(tenantId, tenant.name, today, m, members, add);
    return made;
  }

  /** Notices to planners (and admins) of a period closed in the last days while updates were missing. */
  private async closedNotices(
    tenantId: string,
    gemeente: string,
    today: string,
    m: EntityManager,
    members: Member[],
    add: (kind: 'period_closed', to: Member, key: string, mail: { subject: string; text: string }) => Promise<void>,
  ): Promise<void> {
    const closed: { lineage_id: string; period_key: string; year: number; quarter: Quarter | null; plan_id: string; title: string }[] =
      await m.query(
        `SELECT c.lineage_id, c.period_key, c.year, c.quarter, p.id AS plan_id, p.title
         FROM plan_closed_periods c JOIN plans p ON p.tenant_id = c.tenant_id AND p.lineage_id = c.lineage_id AND p.status = 'adopted'
        WHERE c.tenant_id = $1 AND c.closed_at >= ($2::date - $3::int)`,
        [tenantId, today, CLOSED_LOOKBACK_DAYS],
      );
    const planners = members.filter((u) => u.role === 'planner' || u.role === 'admin');
    for (const c of closed) {
      const actions = await this.progress.planActions(c.plan_id, today);
      const missing = actions
        .filter((a) => a.periods.some((p) => p.state === 'overdue' && periodKey(p) === c.period_key))
        .map((a) => ({ title: a.title, leadUnit: a.leadUnit?.name ?? null }));
      if (!missing.length) continue;
      for (const planner of planners) {
        const mail = periodClosedMail({
          name: planner.name,
          gemeente,
          appUrl: this.config.mail.appUrl,
          planId: c.plan_id,
          planTitle: c.title,
          period: { year: c.year, quarter: c.quarter },
          missing,
        });
        await add('period_closed', planner, `closed:${c.lineage_id}:${c.period_key}:${planner.id}`, mail);
      }
    }
  }

  /** Runs `fn` as `member` of the gemeente (or as nobody) inside the transaction `m`: the services read the context. */
  private inContext<T>(tenantId: string, member: Member | null, m: EntityManager, fn: () => Promise<T>): Promise<T> {
    const actor: Actor | null = member
      ? { kind: 'user', id: member.id, name: member.name, tenantId, role: member.role, orgUnitIds: member.unit_ids, sessionId: 'reminders' }
      : null;
    return requestContext.run({ requestId: 'reminders', ip: 'local', actor, tenantId, manager: m }, fn);
  }

  // ---- settings, subscription and the outbox, for the signed-in user ----

  async settings(): Promise<ReminderSettings> {
    const [row]: { reminders: Partial<ReminderSettings> | null }[] = await this.db
      .manager()
      .query(`SELECT settings->'reminders' AS reminders FROM tenants WHERE id = $1`, [currentTenantId()]);
    return { ...REMINDER_DEFAULTS, ...(row?.reminders ?? {}) };
  }

  async updateSettings(settings: ReminderSettings): Promise<ReminderSettings> {
    const value = { enabled: settings.enabled, weekday: settings.weekday };
    await this.db
      .manager()
      .query(`UPDATE tenants SET settings = jsonb_set(coalesce(settings, '{}'::jsonb), '{reminders}', $2::jsonb) WHERE id = $1`, [
        currentTenantId(),
        JSON.stringify(value),
      ]);
    return value;
  }

  async subscription(): Promise<ReminderSubscription> {
    const rows: unknown[] = await this.db
      .manager()
      .query(`SELECT 1 FROM reminder_unsubscribes WHERE tenant_id = $1 AND user_id = $2`, [currentTenantId(), this.userId()]);
    return { subscribed: rows.length === 0 };
  }

  async setSubscription(subscribed: boolean): Promise<ReminderSubscription> {
    const m = this.db.manager();
    if (subscribed)
      await m.query(`DELETE FROM reminder_unsubscribes WHERE tenant_id = $1 AND user_id = $2`, [currentTenantId(), this.userId()]);
    else
      await m.query(`INSERT INTO reminder_unsubscribes (tenant_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        currentTenantId(),
        this.userId(),
      ]);
    return { subscribed };
  }

  /** The newest 200 mails: all of the gemeente for an admin, the user's own for anyone else. */
  async outbox(): Promise<MailOutbox> {
    const admin = currentContext()?.actor?.role === 'admin';
    const rows = await this.db.manager().find(MailOutboxEntity, {
      where: admin ? { tenantId: currentTenantId() } : { tenantId: currentTenantId(), toUserId: this.userId() },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 200,
    });
    return {
      demo: !this.queue.smtp,
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        to: r.toAddress,
        subject: r.subject,
        text: r.bodyText,
        createdAt: r.createdAt.toISOString(),
        sentAt: r.sentAt?.toISOString() ?? null,
        delivery: r.delivery,
        attempts: r.attempts,
        lastError: r.lastError,
      })),
    };
  }

  private userId(): string {
    const actor = currentContext()?.actor;
    if (actor?.kind !== 'user') throw new Error('Reminders: no signed-in user');
    return actor.id;
  }
}
