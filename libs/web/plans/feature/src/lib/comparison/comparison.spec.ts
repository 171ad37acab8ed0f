import type { PlanRevisionRef } from '@wk/contracts';
import { defaultBaseRevision } from './comparison';

const rev = (revision: number): PlanRevisionRef => ({ id: `p${revision}`, revision, status: 'archived', adoptedOn: null });

describe('defaultBaseRevision', () => {
  it('compares with the revision just before, else the next one, else nothing', () => {
    const revisions = [rev(1), rev(2), rev(3), rev(4)];
    expect(defaultBaseRevision({ id: 'p3', revision: 3, revisions })?.id).toBe('p2');
    expect(defaultBaseRevision({ id: 'p1', revision: 1, revisions })?.id).toBe('p2');
    expect(defaultBaseRevision({ id: 'p1', revision: 1, revisions: [rev(1)] })).toBeNull();
  });
});
