import type { Period } from '@wk/contracts';

/** The ISO week of a day: `2026-W47` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekKey(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** 1 (Monday) … 7 (Sunday) of a yyyy-mm-dd day. */
export const isoWeekday = (day: string): number => new Date(`${day.slice(0, 10)}T00:00:00Z`).getUTCDay() || 7;

export const WEEKDAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dateNl = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};
const periodNl = (p: Period): string => (p.quarter ? `kwartaal ${p.quarter} van ${p.year}` : `het jaar ${p.year}`);

export interface DigestItem {
  actionId: string;
  title: string;
  planTitle: string;
  period: Period;
  deadline: string;
  overdue: boolean;
}

/** The weekly digest of a trekker, in plain Dutch (B1): per action what is overdue and what can be reported now. */
export function digestMail(input: { name: string; gemeente: string; appUrl: string; weekday: number; items: DigestItem[] }): {
  subject: string;
  text: string;
} {
  const byAction = new Map<string, DigestItem[]>();
  for (const i of input.items) byAction.set(i.actionId, [...(byAction.get(i.actionId) ?? []), i]);
  const actions = [...byAction.values()];
  const block = (items: DigestItem[]) => {
    const first = items[0] as DigestItem;
    const late = items.filter((i) => i.overdue).map((i) => `${periodNl(i.period)} (uiterlijk ${dateNl(i.deadline)})`);
    const now = items.filter((i) => !i.overdue).map((i) => `${periodNl(i.period)} (uiterlijk ${dateNl(i.deadline)})`);
    return [
      `- ${first.title} (${first.planTitle})`,
      ...(late.length ? [`  Te laat: ${late.join(', ')}`] : []),
      ...(now.length ? [`  Nu te melden: ${now.join(', ')}`] : []),
      `  ${input.appUrl}/acties/${first.actionId}`,
    ].join('\n');
  };
  const overdue = input.items.filter((i) => i.overdue).length;
  const parts = [
    `Beste ${input.name},`,
    '',
    `Voor ${actions.length === 1 ? 'deze actie' : `deze ${actions.length} acties`} van ${input.gemeente} kunt u de voortgang melden.`,
    '',
    ...actions.map(block),
    '',
    `Al uw acties staan op ${input.appUrl}/mijn-acties.`,
    '',
    `U krijgt deze e-mail elke ${WEEKDAYS_NL[input.weekday - 1] ?? 'week'} als er iets te melden is. Wilt u hem niet meer krijgen? Zet hem uit onderaan de pagina ${input.appUrl}/mijn-acties.`,
    '',
    'Met vriendelijke groet,',
    `Wijkkompas voor ${input.gemeente}`,
  ];
  const n = input.items.length;
  return {
    subject: `Wijkkompas: ${n} ${n === 1 ? 'melding' : 'meldingen'} over voortgang${overdue ? ` (${overdue} te laat)` : ''}`,
    text: parts.join('\n'),
  };
}

/** The notice to a planner that a period was closed while updates were still missing. */
export function periodClosedMail(input: {
  name: string;
  gemeente: string;
  appUrl: string;
  planId: string;
  planTitle: string;
  period: Period;
  missing: { title: string; leadUnit: string | null }[];
}): { subject: string; text: string } {
  const n = input.missing.length;
  return {
    subject: `Wijkkompas: ${periodNl(input.period)} is afgesloten, ${n} ${n === 1 ? 'melding ontbreekt' : 'meldingen ontbreken'} (${input.planTitle})`,
    text: [
      `Beste ${input.name},`,
      '',
      `Van ${input.planTitle} is ${periodNl(input.period)} afgesloten. Voor ${n} ${n === 1 ? 'actie' : 'acties'} is geen voortgang gemeld:`,
      ...input.missing.map((m) => `- ${m.title}${m.leadUnit ? ` (trekker: ${m.leadUnit})` : ''}`),
      '',
      `Bekijk de voortgang van het plan: ${input.appUrl}/plannen/${input.planId}/voortgang`,
      '',
      'Met vriendelijke groet,',
      `Wijkkompas voor ${input.gemeente}`,
    ].join('\n'),
  };
}
