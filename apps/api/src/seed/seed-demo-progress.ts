import { createHash } from 'node:crypto';
import type { ActionStatus, Plan } from '@wk/contracts';
import type { Actor } from '@wk/api/core';
import { currentContext } from '@wk/api/core';
import { ProgressUpdatesService } from '@wk/api/progress';
import { periodKey, periodLastDay, periodsOf } from '@wk/util';

/** A number in [0, 1) that is always the same for the same text (the demo is reproducible). */
function unit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

export interface DemoReporters {
  /** Reports on actions their units lead or contribute to. */
  trekker: Actor | null;
  /** Reports on the others. */
  planner: Actor;
}

/**
 * Invented progress for an adopted demo plan: an update per action for every period that has ended by `today`
 * (the product's clock, so a test or a demo pinned on a day always sees the same progress), as
 * the trekker or the planner would report it. Some actions skip their latest period (so that the demo shows
 * due and overdue updates), a few report a setback. Amounts spent follow the planned budget loosely.
 * Narratives say they are invented.
 */
export async function seedDemoProgress(
  progress: ProgressUpdatesService,
  plan: Plan,
  reporters: DemoReporters,
  today: string,
): Promise<number> {
  const ctx = currentContext();
  if (!ctx) throw new Error('seedDemoProgress runs inside a request context');
  let count = 0;
  for (const [g, goal] of plan.goals.entries()) {
    for (const [a, action] of goal.actions.entries()) {
      // The same seed on every new database (an action's key is random): the plan, goal and action position.
      const seed = `${plan.title}/${g}/${a}`;
      const periods = periodsOf(action.start, action.end, plan.cadence).filter((p) => periodLastDay(p) < today);
      if (!periods.length) continue;
      const all = periodsOf(action.start, action.end, plan.cadence).length;
      // Two in five actions have not yet reported their latest ended period (still due, or overdue),
      // and half of those not the one before either: so on any day of the year the demo shows updates
      // that are due and updates that are overdue (a period is due for a month after it ends, then overdue).
      const skip = unit(`${seed}/skip`);
      const missing = skip < 0.2 ? 2 : skip < 0.4 ? 1 : 0;
      const reported = periods.slice(0, periods.length - missing);
      const trouble = unit(`${seed}/trouble`);
      const own = reporters.trekker && action.leadUnit && reporters.trekker.orgUnitIds.includes(action.leadUnit.id);
      ctx.actor = own && reporters.trekker ? reporters.trekker : reporters.planner;
      const budgetPerPeriod = (year: number) => {
        const line = action.budget.find((b) => b.year === year);
        const perYear = plan.cadence === 'quarterly' ? 4 : 1;
        return line ? Math.round(line.amountCents / perYear) : 0;
      };
      for (const [i, period] of reported.entries()) {
        const fraction = (i + 1) / all;
        const done = i + 1 === all;
        const noise = unit(`${seed}/${periodKey(period)}`);
        let status: ActionStatus = 'on_track';
        if (done) status = 'completed';
        else if (trouble > 0.85 && fraction > 0.3) status = 'delayed';
        else if (trouble > 0.65 && noise > 0.5) status = 'at_risk';
        const lag = status === 'delayed' ? 0.6 : status === 'at_risk' ? 0.8 : 0.9 + noise * 0.15;
        const percent = done ? 100 : Math.max(1, Math.min(95, Math.round(fraction * 100 * lag)));
        const spent = Math.round((budgetPerPeriod(period.year) * (0.7 + noise * 0.4)) / 100) * 100;
        await progress.addUpdate(
          action.id,
          {
            year: period.year,
            ...(period.quarter ? { quarter: period.quarter } : {}),
            status,
            percentComplete: percent,
            narrative: narrative(status, percent),
            spentCents: spent,
          },
          today,
        );
        count++;
      }
    }
  }
  ctx.actor = null;
  return count;
}

function narrative(status: ActionStatus, percent: number): string {
  const text: Record<ActionStatus, string> = {
    not_started: 'Nog niet begonnen.',
    on_track: `Loopt volgens plan; ongeveer ${percent}% is klaar.`,
    at_risk: `Loopt nog, maar er is een risico: een partner heeft minder capaciteit. Ongeveer ${percent}% is klaar.`,
    delayed: `Vertraagd: de aanbesteding duurt langer dan gepland. Ongeveer ${percent}% is klaar.`,
    completed: 'Afgerond. De resultaten staan in de eindrapportage.',
    cancelled: 'Gestopt.',
  };
  return `${text[status]} (Voorbeeld, verzonnen voor de demo.)`;
}
