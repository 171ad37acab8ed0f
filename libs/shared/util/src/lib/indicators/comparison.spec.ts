import { comparisonClass } from './comparison';

describe('comparisonClass (a wijk against its city, hand-computed)', () => {
  it('turns the difference by direction: a lower share of low incomes is better', () => {
    // 20 % against a city of 10 %: 10 points = 100 % of the city's level → much worse.
    expect(comparisonClass(20, 10, 'lower_better', 'percent')).toBe('much_worse');
    expect(comparisonClass(20, 10, 'higher_better', 'percent')).toBe('much_better');
  });

  it('uses the unit’s bands: within 10 % similar, up to 25 % worse, beyond much worse (percent)', () => {
    expect(comparisonClass(10.9, 10, 'lower_better', 'percent')).toBe('similar'); // 9 %
    expect(comparisonClass(11, 10, 'lower_better', 'percent')).toBe('similar'); // exactly 10 %: within
    expect(comparisonClass(12, 10, 'lower_better', 'percent')).toBe('worse'); // 20 %
    expect(comparisonClass(12.5, 10, 'lower_better', 'percent')).toBe('worse'); // exactly 25 %: within
    expect(comparisonClass(12.6, 10, 'lower_better', 'percent')).toBe('much_worse'); // 26 %
    expect(comparisonClass(8, 10, 'lower_better', 'percent')).toBe('better');
  });

  it('measures the Leefbaarometer score in narrow bands: Tarwewijk 2024 (3.7987) against the Netherlands (4.1023)', () => {
    // (4.1023 − 3.7987) / 4.1023 = 7.4 % → much worse; Jol (3.9641): 3.4 % → worse.
    expect(comparisonClass(3.7987, 4.102265, 'higher_better', 'score')).toBe('much_worse');
    expect(comparisonClass(3.9641, 4.102265, 'higher_better', 'score')).toBe('worse');
    expect(comparisonClass(4.13, 4.102265, 'higher_better', 'score')).toBe('similar');
  });

  it('takes a dimension’s difference as a share of the national mean of the total score (its reference is 0)', () => {
    // −0.30 against 0 with a scale of 4.1: 7.3 % → much worse; without a scale there is no class.
    expect(comparisonClass(-0.3, 0, 'higher_better', 'deviation', 4.1)).toBe('much_worse');
    expect(comparisonClass(-0.1, 0, 'higher_better', 'deviation', 4.1)).toBe('worse');
    expect(comparisonClass(-0.3, 0, 'higher_better', 'deviation')).toBeNull();
  });

  it('counts Leefbaarometer classes in whole classes', () => {
    expect(comparisonClass(5, 5, 'higher_better', 'class')).toBe('similar');
    expect(comparisonClass(4, 5, 'higher_better', 'class')).toBe('worse');
    expect(comparisonClass(3, 5, 'higher_better', 'class')).toBe('much_worse');
    expect(comparisonClass(7, 5, 'higher_better', 'class')).toBe('much_better');
  });

  it('gives no class to an indicator without a better direction', () => {
    expect(comparisonClass(30, 10, 'neutral', 'count')).toBeNull();
  });
});
