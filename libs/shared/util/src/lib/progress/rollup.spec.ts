import type { ActionStatus } from '@wk/contracts';
import { actionWeights, rollup, rollupWeighted, withWeights } from './rollup';
import type { RollupInput } from './rollup';

/** A reported action with the given budget, status and percent (spent 0). */
function action(plannedCents: number, status: ActionStatus, percentComplete = 0, extra: Partial<RollupInput> = {}): RollupInput {
  return {
    plannedCents,
    spentCents: 0,
    status,
    percentComplete,
    reported: true,
    ...extra,
  };
}

const unreported = (plannedCents: number): RollupInput => action(plannedCents, 'not_started', 0, { reported: false });

describe('actionWeights', () => {
  it('weighs budgeted actions by their planned cents', () => {
    expect(actionWeights([action(100, 'on_track'), action(300, 'on_track')])).toEqual([100, 300]);
  });

  it('gives actions without budget the average of the budgeted ones', () => {
    // (100 + 300) / 2 = 200
    expect(actionWeights([action(100, 'on_track'), action(0, 'on_track'), action(300, 'on_track'), action(0, 'delayed')])).toEqual([
      100, 200, 300, 200,
    ]);
  });

  it('counts cancelled budgeted actions in the average', () => {
    // (900 + 300) / 2 = 600
    expect(actionWeights([action(900, 'cancelled'), action(300, 'on_track'), action(0, 'on_track')])).toEqual([900, 300, 600]);
  });

  it('weighs all actions 1 when none has a budget', () => {
    expect(actionWeights([action(0, 'on_track'), action(0, 'completed')])).toEqual([1, 1]);
  });

  it('treats a negative budget as no budget', () => {
    expect(actionWeights([action(-50, 'on_track'), action(400, 'on_track')])).toEqual([400, 400]);
  });

  it('is empty for no actions', () => {
    expect(actionWeights([])).toEqual([]);
  });
});

describe('rollup: hand-computed fixture', () => {
  // Weights: budgeted A 100 000, B 300 000, D 200 000, E 500 000 → average (1 100 000 / 4) = 275 000 for C.
  // E is cancelled: out of progress and shares. Counted weight = 100 000 + 300 000 + 275 000 + 200 000 = 875 000.
  // Progress = (100 000 × 40 + 300 000 × 20 + 275 000 × 100 [completed, percent 60 ignored] + 200 000 × 0)
  //          / 875 000 = 37 500 000 / 875 000 = 42.857… → 42.9
  // Shares: delayed 0; at_risk 300 000 / 875 000 = 34.3 % ≥ 25 % → at_risk.
  const inputs: RollupInput[] = [
    action(100_000, 'on_track', 40, { spentCents: 10_000 }), // A
    action(300_000, 'at_risk', 20, { spentCents: 50_000 }), // B
    action(0, 'completed', 60, { spentCents: 7_000 }), // C
    unreported(200_000), // D
    action(500_000, 'cancelled', 90, { spentCents: 3_000 }), // E
  ];

  it('gives the weighted progress, status and counts', () => {
    expect(rollup(inputs)).toEqual({
      progress: 42.9,
      expected: 0,
      status: 'at_risk',
      actions: 5,
      reported: 4,
      plannedCents: 1_100_000,
      spentCents: 70_000,
      byStatus: {
        not_started: 1,
        on_track: 1,
        at_risk: 1,
        delayed: 0,
        completed: 1,
        cancelled: 1,
      },
    });
  });

  it('equals rollupWeighted with actionWeights', () => {
    const weights = actionWeights(inputs);
    expect(weights).toEqual([100_000, 300_000, 275_000, 200_000, 500_000]);
    expect(withWeights(inputs).map((input) => input.weight)).toEqual(weights);
    expect(rollupWeighted(withWeights(inputs))).toEqual(rollup(inputs));
  });
});

describe('rollup: progress', () => {
  it('weighs by budget, not by count', () => {
    // (100 × 0 + 300 × 100) / 400 = 75; unweighted it would be 50.
    expect(rollup([action(100, 'on_track', 0), action(300, 'on_track', 100)]).progress).toBe(75);
  });

  it('weighs a zero-budget action as the average budgeted action', () => {
    // Weights 100, 300, 200 (average). (100 × 10 + 300 × 50 + 200 × 80) / 600 = 32 000 / 600 = 53.33… → 53.3
    expect(rollup([action(100, 'on_track', 10), action(300, 'on_track', 50), action(0, 'on_track', 80)]).progress).toBe(53.3);
  });

  it('weighs all actions equally when none has a budget', () => {
    // (10 + 20 + 25) / 3 = 18.33… → 18.3
    expect(rollup([action(0, 'on_track', 10), action(0, 'on_track', 20), action(0, 'on_track', 25)]).progress).toBe(18.3);
  });

  it('rounds to one decimal, half up', () => {
    // (100 + 100 + 0) / 3 = 66.66… → 66.7
    expect(rollup([action(0, 'on_track', 100), action(0, 'on_track', 100), action(0, 'on_track', 0)]).progress).toBe(66.7);
    // (12 × 1 + 13 × 3) / 4 = 51 / 4 = 12.75 → 12.8
    expect(rollup([action(100, 'on_track', 12), action(300, 'on_track', 13)]).progress).toBe(12.8);
  });

  it('counts completed as 100 whatever its percent', () => {
    // (100 × 100 + 100 × 50) / 200 = 75
    expect(rollup([action(100, 'completed', 30), action(100, 'on_track', 50)]).progress).toBe(75);
  });

  it('counts an action without updates as 0 even when it carries a percent', () => {
    // (100 × 0 + 100 × 60) / 200 = 30
    expect(rollup([action(100, 'on_track', 80, { reported: false }), action(100, 'on_track', 60)]).progress).toBe(30);
  });

  it('clamps percentages to 0–100', () => {
    // (100 × 100 + 100 × 0) / 200 = 50
    expect(rollup([action(100, 'on_track', 150), action(100, 'on_track', -20)]).progress).toBe(50);
  });

  it('leaves cancelled actions out', () => {
    // Only the on_track action counts: 40. With the cancelled one it would be (100 × 40 + 900 × 100) / 1000 = 94.
    expect(rollup([action(100, 'on_track', 40), action(900, 'cancelled', 100)]).progress).toBe(40);
  });

  it('is 0 when nothing counts', () => {
    expect(rollup([]).progress).toBe(0);
    expect(rollup([action(100, 'cancelled', 70)]).progress).toBe(0);
  });
});

describe('rollup: status', () => {
  it('is no_data when no action reported', () => {
    const result = rollup([unreported(100), unreported(0)]);
    expect(result.status).toBe('no_data');
    expect(result.reported).toBe(0);
    expect(result.progress).toBe(0);
  });

  it('is no_data for no actions, with all six status keys at zero', () => {
    expect(rollup([])).toEqual({
      progress: 0,
      expected: 0,
      status: 'no_data',
      actions: 0,
      reported: 0,
      plannedCents: 0,
      spentCents: 0,
      byStatus: {
        not_started: 0,
        on_track: 0,
        at_risk: 0,
        delayed: 0,
        completed: 0,
        cancelled: 0,
      },
    });
  });

  it('is no_data when every action is cancelled, even if reported', () => {
    expect(rollup([action(100, 'cancelled', 50)]).status).toBe('no_data');
  });

  it('is not no_data once one action reported', () => {
    expect(rollup([unreported(100), action(100, 'on_track', 10)]).status).toBe('on_track');
  });

  it('is completed when every non-cancelled action is completed', () => {
    const result = rollup([action(100, 'completed', 90), action(200, 'completed', 100), action(300, 'cancelled', 10)]);
    expect(result.status).toBe('completed');
    expect(result.progress).toBe(100);
  });

  it('is not completed while one action is not', () => {
    expect(rollup([action(900, 'completed', 100), action(100, 'on_track', 99)]).status).toBe('on_track');
  });

  it('is delayed at exactly 25% delayed weight', () => {
    // 100 / (100 + 300) = 25%
    expect(rollup([action(100, 'delayed', 10), action(300, 'on_track', 10)]).status).toBe('delayed');
  });

  it('is not delayed just below 25% (at_risk share below too → on_track)', () => {
    // 99 / (99 + 301) = 24.75%
    expect(rollup([action(99, 'delayed', 10), action(301, 'on_track', 10)]).status).toBe('on_track');
  });

  it('is at_risk at exactly 25% at-risk weight', () => {
    // 100 / 400 = 25%
    expect(rollup([action(100, 'at_risk', 10), action(300, 'on_track', 10)]).status).toBe('at_risk');
  });

  it('is on_track just below 25% at-risk weight', () => {
    // 99 / 400 = 24.75%
    expect(rollup([action(99, 'at_risk', 10), action(301, 'on_track', 10)]).status).toBe('on_track');
  });

  it('is at_risk when at-risk and delayed together reach exactly 25%', () => {
    // delayed 50 / 400 = 12.5% (< 25%), at_risk + delayed (50 + 50) / 400 = 25%
    expect(rollup([action(50, 'delayed', 10), action(50, 'at_risk', 10), action(300, 'on_track', 10)]).status).toBe('at_risk');
  });

  it('is delayed rather than at_risk when both thresholds are reached', () => {
    // delayed 200 / 400 = 50%, at_risk + delayed 300 / 400 = 75%
    expect(rollup([action(200, 'delayed'), action(100, 'at_risk'), action(100, 'on_track')]).status).toBe('delayed');
  });

  it('computes shares over non-cancelled weight only', () => {
    // 100 / (100 + 300) = 25% → delayed; had the cancelled 400 counted: 100 / 800 = 12.5% → on_track.
    expect(rollup([action(100, 'delayed'), action(300, 'on_track'), action(400, 'cancelled')]).status).toBe('delayed');
  });

  it('uses the average weight for zero-budget actions in the shares', () => {
    // Average of the budgeted (cancelled 3 600 included): (3 600 + 4 × 100) / 5 = 800 for the delayed action.
    // Delayed share 800 / (4 × 100 + 800) = 66.7% → delayed (by count 1 / 5 = 20% → on_track).
    expect(
      rollup([
        action(3600, 'cancelled'),
        action(100, 'on_track'),
        action(100, 'on_track'),
        action(100, 'on_track'),
        action(100, 'on_track'),
        action(0, 'delayed'),
      ]).status,
    ).toBe('delayed');
  });

  it('weighs the shares by budget, not by count', () => {
    // Weights 900, 100, 500 (average); at_risk 100 / 1 500 = 6.7% → on_track (by count 1 / 3 = 33%).
    expect(rollup([action(900, 'on_track'), action(100, 'at_risk'), action(0, 'on_track')]).status).toBe('on_track');
  });

  it('treats exactly 25% as reached despite floating-point noise in averaged weights', () => {
    // Budgets 1, 1, 9 → average 11/3 for five unbudgeted actions, two of them delayed.
    // Total = 11 + 5 × 11/3 = 88/3; delayed = 2 × 11/3 = 22/3; share exactly 1/4,
    // but summed in floating point it comes out as 0.24999999999999997.
    const result = rollup([
      action(1, 'on_track'),
      action(1, 'on_track'),
      action(9, 'on_track'),
      action(0, 'on_track'),
      action(0, 'on_track'),
      action(0, 'on_track'),
      action(0, 'delayed'),
      action(0, 'delayed'),
    ]);
    expect(result.status).toBe('delayed');
  });
});

describe('rollupWeighted', () => {
  it('rolls up a subset with the weights of the whole plan', () => {
    const plan = [
      action(100, 'on_track', 0), // other block
      action(300, 'on_track', 10),
      action(0, 'on_track', 70),
    ];
    expect(actionWeights(plan)).toEqual([100, 300, 200]);
    const block = withWeights(plan).slice(1);
    // (300 × 10 + 200 × 70) / 500 = 17 000 / 500 = 34
    // (rolled up on its own the zero-budget action would weigh 300: (3 000 + 21 000) / 600 = 40)
    expect(rollupWeighted(block).progress).toBe(34);
    expect(rollup(plan.slice(1)).progress).toBe(40);
  });

  it('sums cents and counts over every input, cancelled included', () => {
    const result = rollupWeighted([
      { ...action(100, 'cancelled', 0, { spentCents: 40 }), weight: 100 },
      {
        ...action(250, 'delayed', 0, { spentCents: 60, reported: false }),
        weight: 250,
      },
      { ...action(0, 'delayed', 0, { spentCents: 5 }), weight: 175 },
    ]);
    expect(result.actions).toBe(3);
    expect(result.reported).toBe(2);
    expect(result.plannedCents).toBe(350);
    expect(result.spentCents).toBe(105);
    expect(result.byStatus).toEqual({
      not_started: 0,
      on_track: 0,
      at_risk: 0,
      delayed: 2,
      completed: 0,
      cancelled: 1,
    });
  });

  it('uses the weights given, not the budgets', () => {
    // (1 × 0 + 3 × 100) / 4 = 75, although the budgets alone would give (300 × 0 + 100 × 100) / 400 = 25.
    expect(
      rollupWeighted([
        { ...action(300, 'on_track', 0), weight: 1 },
        { ...action(100, 'on_track', 100), weight: 3 },
      ]).progress,
    ).toBe(75);
  });
});
