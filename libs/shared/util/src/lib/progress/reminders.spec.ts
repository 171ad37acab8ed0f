import { digestMail, isoWeekday, isoWeekKey, periodClosedMail } from './reminders';

describe('isoWeekKey and isoWeekday', () => {
  it('follows ISO 8601 weeks, also around the turn of the year', () => {
    expect(isoWeekKey('2026-11-16')).toBe('2026-W47');
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2028-02-29')).toBe('2028-W09');
    expect(isoWeekday('2026-11-16')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
  });
});

describe('digestMail', () => {
  it('lists per action what is overdue and due, with its link and how to switch the mail off', () => {
    const item = (actionId: string, title: string, quarter: 1 | 2 | 3 | 4, deadline: string, overdue: boolean) => ({
      actionId,
      title,
      planTitle: 'Meijhorst',
      period: { year: 2026, quarter },
      deadline,
      overdue,
    });
    const mail = digestMail({
      name: 'Sanne',
      gemeente: 'Gemeente Nijmegen',
      appUrl: 'https://wk.example',
      weekday: 1,
      items: [
        item('a1', 'Tunnels lichter', 3, '2026-10-31', true),
        item('a1', 'Tunnels lichter', 2, '2026-07-31', true),
        item('a2', 'Buurtsport', 4, '2027-01-31', false),
      ],
    });
    expect(mail.subject).toBe('Wijkkompas: 3 meldingen over voortgang (2 te laat)');
    expect(mail.text).toContain('Voor deze 2 acties van Gemeente Nijmegen');
    expect(mail.text).toContain(
      '- Tunnels lichter (Meijhorst)\n  Te laat: kwartaal 3 van 2026 (uiterlijk 31 oktober 2026), kwartaal 2 van 2026 (uiterlijk 31 juli 2026)\n  https://wk.example/acties/a1',
    );
    expect(mail.text).toContain('- Buurtsport (Meijhorst)\n  Nu te melden: kwartaal 4 van 2026 (uiterlijk 31 januari 2027)');
    expect(mail.text).toContain('elke maandag');
  });
});

describe('periodClosedMail', () => {
  it('names the period, the plan and the actions without an update', () => {
    const mail = periodClosedMail({
      name: 'Pim',
      gemeente: 'Gemeente Nijmegen',
      appUrl: 'https://wk.example',
      planId: 'p1',
      planTitle: 'Meijhorst',
      period: { year: 2026, quarter: 3 },
      missing: [{ title: 'Tunnels lichter', leadUnit: 'Openbare Ruimte' }],
    });
    expect(mail.subject).toBe('Wijkkompas: kwartaal 3 van 2026 is afgesloten, 1 melding ontbreekt (Meijhorst)');
    expect(mail.text).toContain('- Tunnels lichter (trekker: Openbare Ruimte)');
    expect(mail.text).toContain('https://wk.example/plannen/p1/voortgang');
  });
});
