import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource, IsNull } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, Db, Metrics, type AppConfig } from '@wk/api/core';
import { MailOutboxEntity } from './reminder.entities';

export const SEND_QUEUE = 'wk-send-mail';

/**
 * The job queue of the e-mails, kept in PostgreSQL by pg-boss (schema `pgboss`, over the application's own pool, so
 * the embedded PGlite works too). A job `{ tenantId }` sends every unsent mail of that gemeente's outbox, each in its
 * own transaction with the row locked (FOR UPDATE SKIP LOCKED): with several API instances a mail is taken by one
 * of them, and `sent_at` keeps it from going out twice. A failed send leaves the row unsent and fails the job, which
 * pg-boss retries (RETRY_LIMIT times, RETRY_DELAY seconds apart). Without SMTP_URL a mail is only kept (delivery
 * `outbox`, the demo outbox).
 */
@Injectable()
export class MailQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly RETRY_LIMIT = 5;
  static readonly RETRY_DELAY = 1;
  private readonly logger = new Logger('Mail');
  private boss: PgBoss | null = null;
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly db: Db,
    metrics: Metrics,
  ) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : null;
    // The depth at scrape time: one count of the queue's waiting jobs; null (queue down) before start and after stop.
    metrics.addQueue(SEND_QUEUE, async () => (this.boss ? this.boss.getQueueSize(SEND_QUEUE) : null));
  }

  get smtp(): boolean {
    return this.transport !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => (values?.length ? pool.query(text, values) : pool.query(text)) },
      schema: 'pgboss',
      schedule: false,
      supervise: true,
    });
    boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
    await boss.start();
    await boss.createQueue(SEND_QUEUE, { name: SEND_QUEUE, retryLimit: MailQueue.RETRY_LIMIT, retryDelay: MailQueue.RETRY_DELAY });
    await boss.work<{ tenantId: string }>(SEND_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
      if (job) await this.sendPending(job.data.tenantId);
    });
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = null;
  }

  /** Asks for the gemeente's unsent mails to be sent (by whichever instance takes the job). */
  async enqueue(tenantId: string): Promise<void> {
    if (!this.boss) throw new Error('The mail queue has not started');
    await this.boss.send(SEND_QUEUE, { tenantId }, { retryLimit: MailQueue.RETRY_LIMIT, retryDelay: MailQueue.RETRY_DELAY });
  }

  /** Sends every unsent mail of a gemeente once; throws (for a retry) when one could not be sent. */
  async sendPending(tenantId: string): Promise<void> {
    const pending = await this.db.inTenant(tenantId, (m) =>
      m.find(MailOutboxEntity, { where: { tenantId, sentAt: IsNull() }, select: { id: true }, order: { createdAt: 'ASC' } }),
    );
    let failed = 0;
    for (const { id } of pending) if (!(await this.sendOne(tenantId, id))) failed++;
    if (failed) throw new Error(`${failed} of ${pending.length} mails could not be sent; the job is retried`);
  }

  private sendOne(tenantId: string, id: string): Promise<boolean> {
    return this.db.inTenant(tenantId, async (m) => {
      const [row]: { to_address: string; subject: string; body_text: string }[] = await m.query(
        `SELECT to_address, subject, body_text FROM mail_outbox WHERE tenant_id = $1 AND id = $2 AND sent_at IS NULL FOR UPDATE SKIP LOCKED`,
        [tenantId, id],
      );
      if (!row) return true; // sent meanwhile, or being sent by another instance
      try {
        if (this.transport)
          await this.transport.sendMail({
            from: this.config.mail.from,
            to: row.to_address,
            subject: row.subject,
            text: row.body_text,
            html: html(row.body_text),
          });
        await m.query(
          `UPDATE mail_outbox SET sent_at = now(), delivery = $3, attempts = attempts + 1, last_error = NULL WHERE tenant_id = $1 AND id = $2`,
          [tenantId, id, this.transport ? 'smtp' : 'outbox'],
        );
        return true;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Mail ${id} not sent (will retry): ${reason}`);
        await m.query(`UPDATE mail_outbox SET attempts = attempts + 1, last_error = $3 WHERE tenant_id = $1 AND id = $2`, [
          tenantId,
          id,
          reason.slice(0, 1000),
        ]);
        return false;
      }
    });
  }
}

/** The plain text as simple HTML: escaped, paragraphs and lines kept, addresses as links. */
function html(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const body = text
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p>${escape(p)
          .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')
          .replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="nl"><body style="font-family: sans-serif; line-height: 1.5">${body}</body></html>`;
}
