import { moveId } from './order';
import { isHorizonShort, readPlanBasics } from './plan-basics';

describe('plan basics', () => {
  it('warns, without refusing, when the horizon is shorter than 10 years', () => {
    expect(isHorizonShort({ startYear: '2026', endYear: '2034' })).toBe(true);
    expect(isHorizonShort({ startYear: '2026', endYear: '2036' })).toBe(false);
    expect(isHorizonShort({ startYear: '2026', endYear: '20' })).toBe(false);
    const { request } = readPlanBasics({ title: 'Kort plan', wijkIds: ['w1'], startYear: '2026', endYear: '2030', cadence: 'quarterly' });
    expect(request).toEqual({ title: 'Kort plan', theme: null, wijkIds: ['w1'], startYear: 2026, endYear: 2030, cadence: 'quarterly' });
  });

  it('sends a theme when one is typed (trimmed), and refuses one longer than 100 characters', () => {
    const basics = { title: 'Plan', wijkIds: ['w1'], startYear: '2026', endYear: '2040', cadence: 'quarterly' as const };
    expect(readPlanBasics({ ...basics, theme: '  Veiligheid ' }).request?.theme).toBe('Veiligheid');
    const { request, checks } = readPlanBasics({ ...basics, theme: 'x'.repeat(101) });
    expect(request).toBeNull();
    expect(checks.filter(([, m]) => m !== null)).toEqual([['theme', 'planForm.error.themeTooLong']]);
  });

  it('refuses a plan without title or wijk, and a last year before the first', () => {
    const { request, checks } = readPlanBasics({ title: ' ', wijkIds: [], startYear: '2030', endYear: '2026', cadence: 'yearly' });
    expect(request).toBeNull();
    expect(checks.filter(([, m]) => m !== null).map(([field, m]) => `${field}:${m}`)).toEqual([
      'title:planForm.error.titleRequired',
      'wijkIds:planForm.error.wijkRequired',
      'endYear:planForm.error.endBeforeStart',
    ]);
  });

  it('sends the reporting cadence the planner chose, and asks for one when none is chosen', () => {
    const basics = { title: 'Plan', wijkIds: ['w1'], startYear: '2026', endYear: '2040' };
    expect(readPlanBasics({ ...basics, cadence: 'yearly' }).request?.cadence).toBe('yearly');
    const { request, checks } = readPlanBasics({ ...basics, cadence: '' });
    expect(request).toBeNull();
    expect(checks.filter(([, m]) => m !== null).map(([field, m]) => `${field}:${m}`)).toEqual(['cadence:planForm.error.cadence']);
  });
});

describe('moveId', () => {
  it('moves one place up or down, and not past either end', () => {
    expect(moveId(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveId(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveId(['a'], 'x', 1)).toBeNull();
  });
});
