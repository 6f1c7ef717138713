import { ExactRatio } from './exact-ratio';

describe('ExactRatio', () => {
  it('reduces fractions and keeps the sign on the numerator', () => {
    const ratio = ExactRatio.of(6n, -8n);
    expect([ratio.numerator, ratio.denominator]).toEqual([-3n, 4n]);
  });

  it.each<[bigint, bigint, number]>([
    [18999n, 200n, 95], // 94.995 exactly: half rounds up
    [94994999n, 1000000n, 94.99],
    [91187500n, 1000000n, 91.19],
    [-18999n, 200n, -95],
    [0n, 7n, 0],
  ])('rounds %p / %p to 2 decimals half away from zero: %p', (numerator, denominator, expected) => {
    expect(ExactRatio.of(numerator, denominator).round(2)).toBe(expected);
  });

  it('computes the worked example exactly: 88.5 / 96 × 100 − 1 = 91.1875', () => {
    const score = ExactRatio.points(88.5).dividedBy(ExactRatio.points(96)).times(ExactRatio.integer(100)).minus(ExactRatio.integer(1));
    expect(score.compare(ExactRatio.of(911875n, 10000n))).toBe(0);
  });

  it('clamps and refuses a zero denominator', () => {
    expect(ExactRatio.integer(101).clamp(ExactRatio.ZERO, ExactRatio.integer(100)).toNumber()).toBe(100);
    expect(ExactRatio.integer(-3).clamp(ExactRatio.ZERO, ExactRatio.integer(100)).toNumber()).toBe(0);
    expect(() => ExactRatio.of(1n, 0n)).toThrow(RangeError);
  });
});
