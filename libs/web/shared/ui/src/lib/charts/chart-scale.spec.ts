import { niceCeiling, niceScale, percentOf, plotPoints, polylinePoints } from './chart-scale';

describe('chart scale', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(10)).toBe(10);
    expect(niceCeiling(11)).toBe(20);
    expect(niceCeiling(23)).toBe(25);
    expect(niceCeiling(26)).toBe(50);
    expect(niceCeiling(0.3)).toBe(0.5);
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(-5)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });

  it('makes a value axis of round steps that just covers the largest value', () => {
    expect(niceScale(509_000_000)).toEqual({ max: 600_000_000, step: 200_000_000, ticks: [0, 200_000_000, 400_000_000, 600_000_000] });
    expect(niceScale(400).ticks).toEqual([0, 100, 200, 300, 400]);
    expect(niceScale(7).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(niceScale(100).ticks).toEqual([0, 25, 50, 75, 100]);
    expect(niceScale(12).max).toBe(15);
    expect(niceScale(1.2).ticks).toEqual([0, 0.5, 1, 1.5]);
    expect(niceScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('uses whole steps for counts', () => {
    expect(niceScale(10, 4, true).ticks).toEqual([0, 5, 10]);
    expect(niceScale(3, 4, true).ticks).toEqual([0, 1, 2, 3]);
    expect(niceScale(1, 4, true).ticks).toEqual([0, 1]);
    expect(niceScale(11, 4, true).ticks).toEqual([0, 5, 10, 15]);
  });

  it('turns a value into a bar length between 0 and 100 percent', () => {
    expect(percentOf(14.9, 100)).toBeCloseTo(14.9);
    expect(percentOf(3, 12)).toBe(25);
    expect(percentOf(150, 100)).toBe(100);
    expect(percentOf(-1, 100)).toBe(0);
    expect(percentOf(5, 0)).toBe(0);
  });

  it('places line points with y = 0 at the bottom and the last year at the right edge', () => {
    const area = { left: 10, top: 5, width: 200, height: 50 };
    const coordinates = plotPoints(
      [
        { x: 2025, y: 0 },
        { x: 2030, y: 50 },
        { x: 2035, y: 100 },
      ],
      area,
      { xMin: 2025, xMax: 2035, yMax: 100 },
    );
    expect(coordinates).toEqual([
      { x: 10, y: 55 },
      { x: 110, y: 30 },
      { x: 210, y: 5 },
    ]);
    expect(polylinePoints(coordinates)).toBe('10,55 110,30 210,5');
  });

  it('puts a single year in the middle and keeps values above the top inside the area', () => {
    const [point] = plotPoints([{ x: 2026, y: 140 }], { left: 0, top: 0, width: 100, height: 40 }, { xMin: 2026, xMax: 2026, yMax: 100 });
    expect(point).toEqual({ x: 50, y: 0 });
  });
});
