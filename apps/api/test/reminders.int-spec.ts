import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { MailOutbox, ReminderSettings } from '@wk/contracts';
import { RemindersService } from '@wk/api/reports';
import { adoptPlan, createPlanFixture, fieldsOf, type TenantFixture } from '@wk/api/testing';
import { addDays, isoWeekday } from '@wk/util';
import { startTestApp, TEST_TODAY, type TestApp } from './harness';

interface Received {
  to: string[];
  raw: string;
}

/**
 * E-mail reminders against a real SMTP server in this process (smtp-server) and two API instances on one
 * PostgreSQL database: one digest per user and week whatever runs the round, a retry after a refused send, the
 * user's and the gemeente's choices, the planner's notice of a closed period, and the outbox in the API.
 */
describe('reminders by e-mail', () => {
  let smtp: SMTPServer;
  const received: Received[] = [];
  let refuseNext = 0;
  let a: TestApp;
  let b: TestApp;
  let f: TenantFixture;
  let other: TenantFixture;
  const day = TEST_TODAY;

  const round = (app: TestApp, tenant: TenantFixture, on: string) => app.app.get(RemindersService).tenantRound(tenant.tenant.id, on);
  const to = (address: string) => received.filter((r) => r.to.includes(address));
  /** Waits until every mail of the tenant has been sent (or `ms` pass), then a little longer for strays. */
  async function settled(tenant: TenantFixture, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      const [row] = await a.owner(`SELECT count(*)::int AS n FROM mail_outbox WHERE tenant_id = $1 AND sent_at IS NULL`, [
        tenant.tenant.id,
      ]);
      if (row?.['n'] === 0) break;
      if (Date.now() > deadline) throw new Error('mails not sent in time');
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 1500));
  }
  const setWeekday = async (tenant: TenantFixture, on: string, enabled = true) => {
    const res = await tenant.as.admin.put<ReminderSettings>('/reminder-settings', { enabled, weekday: isoWeekday(on) });
    if (res.status !== 200) throw new Error(res.text);
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext--;
            return callback(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 }));
          }
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Wijkkompas <noreply@test.invalid>', APP_URL: 'https://wk.test' };
    a = await startTestApp(env);
    b = await startTestApp(env);
    f = await a.tenant();
    other = await a.tenant();
    for (const t of [f, other]) {
      await adoptPlan(t, await createPlanFixture(t, { title: 'Herinneringsplan' }), {
        adoptedOn: '2026-01-15',
        decisionReference: 'RB 2026/1',
      });
      await setWeekday(t, day);
    }
  });

  afterAll(async () => {
    await a?.close().catch(() => undefined);
    await b?.close().catch(() => undefined);
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends each trekker one digest per week, also when two API instances run the round at the same time', async () => {
    const made = await Promise.all([round(a, f, day), round(b, f, day), round(a, f, day)]);
    await settled(f);
    expect(made.reduce((s, n) => s + n, 0)).toBe(1);
    const mails = to(f.users.contributor.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw).toMatch(/^Subject: Wijkkompas: \d+ meldingen over voortgang/m);
    expect(mails[0]?.raw).toContain('From: Wijkkompas <noreply@test.invalid>');
    // Only the trekker (the one member of a unit) has updates to report; nobody of the other gemeente got mail.
    expect(received.flatMap((r) => r.to).sort()).toEqual([f.users.contributor.email]);
    const [row] = await a.owner(`SELECT body_text, delivery, attempts FROM mail_outbox WHERE tenant_id = $1`, [f.tenant.id]);
    expect(row).toEqual(expect.objectContaining({ delivery: 'smtp', attempts: 1 }));
    expect(String(row?.['body_text'])).toContain('- Actie 1 (Herinneringsplan)\n  Te laat: kwartaal 1 van 2026');
    expect(String(row?.['body_text'])).toContain('https://wk.test/mijn-acties');
    // The same week again: nothing new.
    expect(await round(b, f, addDays(day, 0))).toBe(0);
  });

  it('retries a send the SMTP server refused', async () => {
    refuseNext = 1;
    expect(await round(a, other, day)).toBe(1);
    await settled(other);
    expect(to(other.users.contributor.email)).toHaveLength(1);
    const [row] = await a.owner(`SELECT attempts, sent_at, last_error FROM mail_outbox WHERE tenant_id = $1`, [other.tenant.id]);
    expect(row?.['attempts']).toBe(2);
    expect(row?.['sent_at']).not.toBeNull();
    expect(row?.['last_error']).toBeNull();
  });

  it('leaves out a user who unsubscribed and a gemeente that switched the digest off', async () => {
    const nextWeek = addDays(day, 7);
    expect((await f.as.contributor.put('/reminder-subscription', { subscribed: false })).status).toBe(200);
    expect((await f.as.contributor.get('/reminder-subscription')).body).toEqual({ subscribed: false });
    expect(await round(a, f, nextWeek)).toBe(0);
    expect((await f.as.contributor.put('/reminder-subscription', { subscribed: true })).status).toBe(200);
    await setWeekday(f, nextWeek, false);
    expect(await round(a, f, nextWeek)).toBe(0);
    await setWeekday(f, nextWeek, true);
    expect(await round(a, f, nextWeek)).toBe(1);
    await settled(f);
    expect(to(f.users.contributor.email)).toHaveLength(2);
    // Not the gemeente's day: no digest.
    expect(await round(a, f, addDays(day, 15))).toBe(0);
  });

  it('tells the planners when a period is closed with updates missing', async () => {
    const [plan] = (await f.as.planner.get<{ items: { id: string; status: string }[] }>('/plans')).body.items.filter(
      (p) => p.status === 'adopted',
    );
    expect((await f.as.planner.post(`/plans/${plan?.id}/closed-periods`, { year: 2026, quarter: 1 })).status).toBe(201);
    const made = await round(b, f, addDays(day, 1));
    expect(made).toBe(2); // the planner and the admin
    await settled(f);
    const notice = to(f.users.planner.email);
    expect(notice).toHaveLength(1);
    expect(notice[0]?.raw).toMatch(/^Subject: .*kwartaal 1 van 2026 is afgesloten/m);
    expect(await round(a, f, addDays(day, 2))).toBe(0);
  });

  it('shows the admin every mail of the gemeente and everyone else their own; settings are the admin’s', async () => {
    const all = (await f.as.admin.get<MailOutbox>('/mail-outbox')).body;
    expect(all.demo).toBe(false);
    expect(new Set(all.items.map((m) => m.to))).toEqual(new Set([f.users.contributor.email, f.users.planner.email, f.users.admin.email]));
    const own = (await f.as.contributor.get<MailOutbox>('/mail-outbox')).body;
    expect(own.items.map((m) => m.to)).toEqual([f.users.contributor.email, f.users.contributor.email]);
    expect(own.items.every((m) => m.sentAt !== null && m.delivery === 'smtp')).toBe(true);
    expect((await f.as.planner.put('/reminder-settings', { enabled: true, weekday: 2 })).status).toBe(403);
    expect(fieldsOf(await f.as.admin.put('/reminder-settings', { enabled: true, weekday: 8 }))).toEqual(['weekday']);
    expect(fieldsOf(await f.as.admin.put('/reminder-settings', { enabled: 'ja', weekday: 1 }))).toEqual(['enabled']);
    expect((await f.as.contributor.post('/mail-outbox/rounds')).status).toBe(403);
  });

  it('keeps the mails in the demo outbox when no SMTP server is set', async () => {
    // All instances on one database share the queue: the ones with SMTP stop first (in production all have the same settings).
    await a.close();
    await b.close();
    const demo = await startTestApp({ SMTP_URL: '' });
    try {
      const g = await demo.tenant();
      await adoptPlan(g, await createPlanFixture(g, { title: 'Demoplan' }), { adoptedOn: '2026-01-15', decisionReference: 'RB 2026/2' });
      const today = (await g.as.admin.get<ReminderSettings>('/reminder-settings')).body;
      await g.as.admin.put('/reminder-settings', { ...today, weekday: isoWeekday(TEST_TODAY) });
      const res = await g.as.admin.post<{ made: number }>('/mail-outbox/rounds');
      expect(res.status).toBe(200);
      expect(res.body.made).toBe(1);
      let box = (await g.as.admin.get<MailOutbox>('/mail-outbox')).body;
      for (let i = 0; i < 50 && !box.items[0]?.sentAt; i++) {
        await new Promise((r) => setTimeout(r, 200));
        box = (await g.as.admin.get<MailOutbox>('/mail-outbox')).body;
      }
      expect(box.demo).toBe(true);
      expect(box.items).toEqual([expect.objectContaining({ to: g.users.contributor.email, delivery: 'outbox', kind: 'digest' })]);
      expect(received.flatMap((r) => r.to)).not.toContain(g.users.contributor.email);
    } finally {
      await demo.close();
    }
  });
});
