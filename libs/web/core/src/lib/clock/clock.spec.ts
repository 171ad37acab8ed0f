import { TestBed } from '@angular/core/testing';
import { systemClock } from '@wk/util';
import { AppClock, TIME_SOURCE } from './clock';

describe('AppClock', () => {
  let real: number;
  const clock = (): AppClock => TestBed.inject(AppClock);

  beforeEach(() => {
    real = Date.parse('2026-12-31T22:30:00Z'); // 23:30 on New Year's Eve in Amsterdam
    TestBed.configureTestingModule({ providers: [{ provide: TIME_SOURCE, useValue: systemClock(() => real) }] });
  });

  it("takes today as the Dutch calendar day of the browser's time", () => {
    expect(clock().today()).toBe('2026-12-31');
    expect(clock().year()).toBe(2026);
    real += 3_600_000; // midnight passes
    expect(clock().today()).toBe('2027-01-01');
    expect(clock().year()).toBe(2027);
  });

  it("follows the API's day (a pinned demo or test) and keeps counting from there", () => {
    clock().follow('2028-02-29');
    expect(clock().today()).toBe('2028-02-29');
    expect(clock().now().toISOString().slice(0, 10)).toBe('2028-02-29');
    real += 3_600_000; // the browser's midnight passes: one day later on the API's calendar too
    expect(clock().today()).toBe('2028-03-01');
  });

  it('ignores a session without a day (an older API)', () => {
    clock().follow(undefined);
    expect(clock().today()).toBe('2026-12-31');
  });
});
