import { ACTION_STATUSES, type ActionStatus, type AnnualReport, type ReportAction } from '@wk/contracts';
import { ACTION_STATUS_NL, euros, longDate, percent, PLAN_STATUS_NL, ROLLUP_STATUS_NL } from './report-text';

/** The sentences of the cover and the summary, shared by the PDF and the Excel summary sheet. */
export function reportFacts(r: AnnualReport) {
  const d = r.dashboard;
  const plannedCents = d.budgetByYear.reduce((s, b) => s + b.plannedCents, 0);
  const spentCents = d.budgetByYear.reduce((s, b) => s + b.spentCents, 0);
  const yearRow = d.budgetByYear.find((b) => b.year === r.year);
  const adoption =
    r.plan.adoptedOn && r.plan.status !== 'draft'
      ? `Vastgesteld op ${longDate(r.plan.adoptedOn)}${r.plan.decisionReference ? `, besluit ${r.plan.decisionReference}` : ''}.`
      : `Stand van het plan: ${PLAN_STATUS_NL[r.plan.status] ?? r.plan.status} (nog niet vastgesteld).`;
  const cover = [
    `Wijk${r.plan.wijken.length === 1 ? '' : 'en'}: ${r.plan.wijken.map((w) => w.name).join(', ') || 'geen'}.`,
    `Looptijd: ${r.plan.startYear} tot en met ${r.plan.endYear}. Versie ${r.plan.revision}.`,
    adoption,
    r.asOf.endsWith('-12-31') && r.asOf.startsWith(String(r.year))
      ? `Cijfers op ${longDate(r.asOf)}.`
      : `Cijfers op ${longDate(r.asOf)}: het jaar ${r.year} loopt nog.`,
    `Gemaakt op ${longDate(r.madeOn)} met Wijkkompas.`,
  ];
  const summary = [
    `Voortgang van het hele plan: ${percent(d.total.progress)}. Verwacht was ${percent(d.total.expected)}. Stand: ${ROLLUP_STATUS_NL[d.total.status].toLowerCase()}.`,
    `${d.total.actions} acties, waarvan ${d.total.reported} voortgang hebben gemeld.`,
    `Acties per stand: ${
      ACTION_STATUSES.filter((s) => d.total.byStatus[s] > 0)
        .map((s) => `${ACTION_STATUS_NL[s].toLowerCase()} ${d.total.byStatus[s]}`)
        .join(', ') || 'geen acties'
    }.`,
    `Meldingen te laat: ${d.overdue.length}.`,
    `Budget ${r.year}: ${euros(yearRow?.plannedCents ?? 0)} gepland, ${euros(yearRow?.spentCents ?? 0)} besteed.`,
    `Budget hele looptijd: ${euros(plannedCents)} gepland, ${euros(spentCents)} besteed.`,
  ];
  return { cover, summary, plannedCents, spentCents };
}

/** The actions grouped by status, in the order of ACTION_STATUSES; empty groups left out. */
export function statusGroups(actions: ReportAction[]): { status: ActionStatus; actions: ReportAction[] }[] {
  return ACTION_STATUSES.map((status) => ({ status, actions: actions.filter((a) => a.status === status) })).filter((g) => g.actions.length);
}
