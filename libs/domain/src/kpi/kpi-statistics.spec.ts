import { durationStats, nearestRank, rate, roundedRatio } from './kpi-statistics';

describe('KPI statistics', () => {
  it.each<[number[], number, number | null]>([
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 90, 4],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5, 6], 90, 6],
    [[7], 50, 7],
    [[7], 90, 7],
    [[], 50, null],
  ])('nearest rank of %j at p%i is %p (percentile_disc)', (values, percent, expected) => {
    expect(nearestRank(values, percent)).toBe(expected);
  });

  it('sorts before taking percentiles and means arithmetically', () => {
    expect(durationStats([4, 1, 3, 2])).toEqual({ mean: 2.5, p50: 2, p90: 4, n: 4 });
  });

  it('gives nulls, never NaN, for an empty population', () => {
    expect(durationStats([])).toEqual({ mean: null, p50: null, p90: null, n: 0 });
  });

  it.each<[number, number, number | null]>([
    [0, 0, null],
    [0, 3, 0],
    [3, 3, 1],
    [1, 4, 0.25],
  ])('rate %i / %i is %p', (numerator, denominator, expected) => {
    expect(rate(numerator, denominator)).toBe(expected);
  });

  it.each<[number, number, number, number]>([
    [33, 8, 2, 4.13],
    [13, 3, 2, 4.33],
    [9, 2, 2, 4.5],
    [3000, 7, 2, 428.57],
    [1, 8, 2, 0.13],
    [-1, 8, 2, -0.13],
    [0, 5, 2, 0],
  ])('rounds %i / %i to %i decimals half away from zero: %p', (numerator, denominator, decimals, expected) => {
    expect(roundedRatio(numerator, denominator, decimals)).toBe(expected);
  });
});
