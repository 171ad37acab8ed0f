import { BLOCK_CODES, PILLAR_CODES, type ActionProgress, type ActionProgressList, type BlockCourse, type BlockRollup } from '@wk/contracts';
import { rollupWeighted, summaryAt, withWeights, type RollupInput } from '@wk/util';
import type { ActionRow } from './progress-reader';

/** An action's roll-up input with its plan-wide weight, its block and pillar and its progress per year. */
export type Weighted = RollupInput & {
  weight: number;
  block: ActionRow['block'];
  pillar: ActionRow['pillar'];
  years: ActionRow['years'];
};

/** The figures of an action that its roll-up needs (see actionState). */
type StateForRollup = Pick<ActionProgress, 'plannedCents' | 'spentCents' | 'status' | 'percentComplete' | 'lastUpdate' | 'expected'>;

export function list(items: ActionProgress[]): ActionProgressList {
  return {
    items,
    total: items.length,
    due: items.reduce((n, a) => n + a.dueCount, 0),
    overdue: items.reduce((n, a) => n + a.overdueCount, 0),
  };
}

/** Roll-up inputs of a plan's actions, with the plan-wide weights (see ROLLUP in the contracts). */
export function weigh(actions: readonly { row: ActionRow; state: StateForRollup }[]): Weighted[] {
  return withWeights(
    actions.map(({ row, state }) => ({
      plannedCents: state.plannedCents,
      spentCents: state.spentCents,
      status: state.status,
      percentComplete: state.percentComplete,
      reported: state.lastUpdate !== null,
      expectedPercent: state.expected.percent,
      block: row.block,
      pillar: row.pillar,
      years: row.years,
    })),
  );
}

export function blockRollups(weighted: Weighted[]): {
  blocks: BlockRollup[];
  pillars: BlockRollup[];
} {
  return {
    blocks: BLOCK_CODES.map((block) => ({
      block,
      pillar: null,
      ...rollupWeighted(weighted.filter((w) => w.block === block)),
    })),
    pillars: PILLAR_CODES.map((pillar) => ({
      block: 'B4' as const,
      pillar,
      ...rollupWeighted(weighted.filter((w) => w.block === 'B4' && w.pillar === pillar)),
    })),
  };
}

/**
 * Progress of each block and pillar at the end of each year: the latest update up to that year counts. The
 * weights are today's (an action's weight follows its whole planned budget, which does not change per year).
 */
export function course(fromYear: number, toYear: number, weighted: Weighted[]): BlockCourse[] {
  const years: number[] = [];
  for (let y = fromYear; y <= toYear; y++) years.push(y);
  const atYear = years.map((year) => ({
    year,
    actions: weighted.map((w): Weighted => {
      const last = summaryAt(w.years, year);
      return {
        plannedCents: w.plannedCents,
        spentCents: 0,
        status: last?.status ?? 'not_started',
        percentComplete: last?.percent ?? 0,
        reported: !!last,
        weight: w.weight,
        block: w.block,
        pillar: w.pillar,
        years: w.years,
      };
    }),
  }));
  const series = (block: ActionRow['block'], pillar: ActionRow['pillar']): BlockCourse => ({
    block,
    pillar,
    points: atYear.map(({ year, actions }) => ({
      year,
      progress: rollupWeighted(actions.filter((w) => w.block === block && (pillar === null || w.pillar === pillar))).progress,
    })),
  });
  return [...BLOCK_CODES.map((b) => series(b, null)), ...PILLAR_CODES.map((p) => series('B4', p))];
}
