import { addDays, dayIn, daysBetween, isIsoDay, pinnedClock, systemClock, yearOf } from './clock';

const at = (iso: string) => () => Date.parse(iso);

describe('dayIn', () => {
  it('is the calendar day in the Netherlands, not in UTC', () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Amsterdam (UTC+1).
    expect(dayIn(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dayIn(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    // Summer time: UTC+2.
    expect(dayIn(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(dayIn(new Date('2026-06-30T22:00:00Z'), 'UTC')).toBe('2026-06-30');
  });
});

describe('day arithmetic', () => {
  it('knows real days, leap days included', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('2026-4-10')).toBe(false);
    expect(isIsoDay('')).toBe(false);
    // Years below 100 are years, not 19xx (as Date.UTC would read them).
    expect(isIsoDay('0050-01-01')).toBe(true);
    expect(isIsoDay('0000-02-29')).toBe(true);
    expect(isIsoDay('0001-02-29')).toBe(false);
  });
  it('adds and counts days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-04', '2028-02-29')).toBe(452);
    expect(daysBetween('2028-02-29', '2026-12-04')).toBe(-452);
    expect(yearOf('2026-12-31')).toBe(2026);
  });
});

describe('systemClock', () => {
  it('follows the time it is given (the real time in production)', () => {
    const clock = systemClock(at('2026-12-31T23:30:00Z'));
    expect(clock.pinned).toBeNull();
    expect(clock.today()).toBe('2027-01-01');
    expect(clock.now().toISOString()).toBe('2026-12-31T23:30:00.000Z');
  });
  it('reads the machine time when given nothing (pinned here by the unit-test preset)', () => {
    jest.setSystemTime(Date.parse('2027-01-01T00:30:00+01:00'));
    expect(systemClock().now().toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(systemClock().today()).toBe('2027-01-01');
  });
});

describe('pinnedClock', () => {
  it('keeps today on the pinned day, whatever the real date', () => {
    for (const real of ['2026-12-04T10:00:00Z', '2031-07-01T23:59:00Z', '2020-01-01T00:00:00Z']) {
      expect(pinnedClock('2028-02-29', at(real)).today()).toBe('2028-02-29');
    }
  });
  it('puts now() on the pinned day at the real time of day', () => {
    const clock = pinnedClock('2026-04-10', at('2026-12-04T10:15:00Z'));
    expect(clock.pinned).toBe('2026-04-10');
    const now = clock.now();
    expect(dayIn(now)).toBe('2026-04-10');
    // 11:15 in Amsterdam in winter is 11:15 in Amsterdam in spring (then UTC+2): 09:15 UTC, give or take the hour.
    expect(Math.abs(now.getTime() - Date.parse('2026-04-10T09:15:00Z'))).toBeLessThanOrEqual(3_600_000);
  });
  it('stays inside the pinned day late at night across a change of summer time', () => {
    // 23:30 in Amsterdam in winter; pinned on a summer day.
    const clock = pinnedClock('2026-07-01', at('2026-12-04T22:30:00Z'));
    expect(dayIn(clock.now())).toBe('2026-07-01');
    // 00:30 in Amsterdam in summer; pinned on a winter day.
    const back = pinnedClock('2026-12-31', at('2026-07-01T22:30:00Z'));
    expect(dayIn(back.now())).toBe('2026-12-31');
  });
  it('keeps timestamps in order within a run', () => {
    let real = Date.parse('2026-12-04T10:00:00Z');
    const clock = pinnedClock('2027-01-01', () => real);
    const a = clock.now().getTime();
    real += 1_000;
    expect(clock.now().getTime() - a).toBe(1_000);
  });
  it('refuses a day that does not exist', () => {
    expect(() => pinnedClock('2027-02-29')).toThrow(RangeError);
  });
});
