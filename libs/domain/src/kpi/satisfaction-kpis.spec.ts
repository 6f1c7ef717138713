import { avgRating, csatRate, csi, nps, surveyResponseRate } from './kpi-formulas';
import { aDataset, anInvitation, aRating, aRequest, factorScores } from './kpi-records.factory';
import type { KpiRatingRecord } from './kpi-records';
import { DEFAULT_KPI_TARGETS, MS_PER_DAY } from './kpi-targets';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const FEBRUARY = { from: '2026-02-01', to: '2026-03-01' };
const NOW = new Date('2026-03-01T00:00:00Z');
const T = DEFAULT_KPI_TARGETS;
/** Each score on its own request, submitted in mid-January. */
const ratingsOf = (overall: number[], changes: Partial<KpiRatingRecord>[] = []) =>
  aDataset({ ratings: overall.map((score, index) => aRating(`req-${index}`, '2026-01-15T04:00:00Z', score, changes[index])) });

describe('csatRate and avgRating', () => {
  it.each<[number[], number | null, number | null]>([
    [[5, 4, 3, 2], 0.5, 3.5],
    [[4, 4, 5], 1, 4.33],
    [[4, 4, 4, 4, 4, 4, 4, 5], 1, 4.13],
    [[1], 0, 1],
    [[], null, null],
  ])('ratings %j → CSAT %p, average %p (2 decimals)', (scores, csat, average) => {
    expect(csatRate(ratingsOf(scores), JANUARY, T, NOW)).toBe(csat);
    expect(avgRating(ratingsOf(scores), JANUARY, T, NOW)).toBe(average);
  });

  it('counts each request once: the latest rating wins, in the period it was given', () => {
    const dataset = aDataset({
      ratings: [aRating('req-1', '2026-01-10T04:00:00Z', 1), aRating('req-1', '2026-01-20T04:00:00Z', 5), aRating('req-2', '2026-01-20T04:00:00Z', 4)],
    });
    expect(avgRating(dataset, JANUARY, T, NOW)).toBe(4.5);
    const reRatedInFebruary = aDataset({ ratings: [...dataset.ratings, aRating('req-2', '2026-02-02T04:00:00Z', 2)] });
    expect(avgRating(reRatedInFebruary, JANUARY, T, NOW)).toBe(5);
    expect(avgRating(reRatedInFebruary, FEBRUARY, T, NOW)).toBe(2);
  });

  it('breaks a tie on submission time by the greater rating id', () => {
    const dataset = aDataset({
      ratings: [aRating('req-1', '2026-01-10T04:00:00Z', 2, { id: 'b' }), aRating('req-1', '2026-01-10T04:00:00Z', 5, { id: 'a' })],
    });
    expect(avgRating(dataset, JANUARY, T, NOW)).toBe(2);
  });

  it('ignores ratings of cancelled requests', () => {
    const cancelled = aRequest().cancelled().build();
    const dataset = aDataset({ requests: [cancelled], ratings: [aRating(cancelled, '2026-01-10T04:00:00Z', 1), aRating('req-x', '2026-01-10T04:00:00Z', 5)] });
    expect(csatRate(dataset, JANUARY, T, NOW)).toBe(1);
  });
});

describe('nps', () => {
  it.each<[(number | null)[], number | null]>([
    [[9, 10, 7, 3], 25],
    [[10, 10], 100],
    [[0, 6, 6], -100],
    [[7, 8], 0],
    [[9, 5, null], 0],
    [[null, null], null],
  ])('recommend answers %j → %p', (answers, expected) => {
    expect(nps(ratingsOf(answers.map(() => 4), answers.map((recommend) => ({ recommend }))), JANUARY, T, NOW)).toBe(expected);
  });

  it('takes the latest rating whole, even when it has no recommend answer', () => {
    const dataset = aDataset({
      ratings: [aRating('req-1', '2026-01-10T04:00:00Z', 5, { recommend: 10 }), aRating('req-1', '2026-01-12T04:00:00Z', 5, { recommend: null })],
    });
    expect(nps(dataset, JANUARY, T, NOW)).toBeNull();
  });
});

describe('surveyResponseRate', () => {
  const sent = '2026-01-10T04:00:00Z';
  const expiry = new Date(new Date(sent).getTime() + 7 * MS_PER_DAY);
  it.each<[string, Date | null, number]>([
    ['answered a day later', new Date(new Date(sent).getTime() + MS_PER_DAY), 1],
    ['answered exactly at expiry', expiry, 1],
    ['answered 1 ms after expiry', new Date(expiry.getTime() + 1), 0],
    ['never answered', null, 0],
  ])('%s → %p', (_case, answeredAt, expected) => {
    expect(surveyResponseRate(aDataset({ surveyInvitations: [anInvitation(sent, { answeredAt })] }), JANUARY, T, NOW)).toBe(expected);
  });

  it('counts invitations sent in the period only and not those of cancelled requests', () => {
    const cancelled = aRequest().cancelled().build();
    const dataset = aDataset({
      requests: [cancelled],
      surveyInvitations: [anInvitation('2025-12-28T04:00:00Z'), anInvitation(sent, { requestId: cancelled.id }), anInvitation(sent, { answeredAt: new Date('2026-01-11T00:00:00Z') })],
    });
    expect(surveyResponseRate(dataset, JANUARY, T, NOW)).toBe(1);
    expect(surveyResponseRate(aDataset(), JANUARY, T, NOW)).toBeNull();
  });
});

describe('csi', () => {
  // J.D. Power's after-sales index shape (seed 003): five weighted factors on a 1000-point scale.
  const weights = { initiation: 0.21, advisor: 0.19, quality: 0.22, facility: 0.2, pickUp: 0.18 };
  const answer = (scores: [number, number, number, number, number]) =>
    factorScores(Object.fromEntries(Object.entries(weights).map(([factor, weight], index) => [factor, [weight, scores[index] as number]])));

  it('is 1000 when every factor scores the top, 0 at the bottom', () => {
    expect(csi(ratingsOf([5], [{ factors: answer([5, 5, 5, 5, 5]) }]), JANUARY, T, NOW)).toBeCloseTo(1000, 9);
    expect(csi(ratingsOf([1], [{ factors: answer([1, 1, 1, 1, 1]) }]), JANUARY, T, NOW)).toBe(0);
  });

  it('weights the mean of each normalised factor', () => {
    // initiation means (1 + 0.5) / 2, quality (0.5 + 0.5) / 2, the others 0: 0.21 × 0.75 + 0.22 × 0.5 = 0.2675.
    const dataset = ratingsOf([4, 3], [{ factors: answer([5, 1, 3, 1, 1]) }, { factors: answer([3, 1, 3, 1, 1]) }]);
    expect(csi(dataset, JANUARY, T, NOW)).toBeCloseTo(267.5, 9);
  });

  it('leaves out single-question ratings and is null without multi-factor responses', () => {
    expect(csi(ratingsOf([5, 1], [{ factors: answer([5, 5, 5, 5, 5]) }, {}]), JANUARY, T, NOW)).toBeCloseTo(1000, 9);
    expect(csi(ratingsOf([5]), JANUARY, T, NOW)).toBeNull();
  });
});
