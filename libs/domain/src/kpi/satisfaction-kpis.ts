import type { KpiContext, KpiMeasure } from './kpi-context';
import { isWithin } from './kpi-period';
import { FACTOR_SCORE_SCALE, type KpiRatingRecord } from './kpi-records';
import { mean, rate, roundedRatio } from './kpi-statistics';

/** Satisfaction KPIs of kpis.md over the ratings in scope (already one per request, the latest). */

function ratingsInPeriod(context: KpiContext): KpiRatingRecord[] {
  return context.scope.ratings.filter((rating) => isWithin(rating.submittedAt, context.window));
}

export function measureCsatRate(context: KpiContext): KpiMeasure<number | null> {
  const ratings = ratingsInPeriod(context);
  return { value: rate(ratings.filter((rating) => rating.overall >= 4).length, ratings.length), population: ratings.length };
}

export function measureAvgRating(context: KpiContext): KpiMeasure<number | null> {
  const ratings = ratingsInPeriod(context);
  const total = ratings.reduce((sum, rating) => sum + rating.overall, 0);
  return { value: ratings.length === 0 ? null : roundedRatio(total, ratings.length, 2), population: ratings.length };
}

/**
 * The latest rating wins as a whole: when it has no "would recommend" answer, the request has none
 * for NPS either, even if an earlier rating had one.
 */
export function measureNps(context: KpiContext): KpiMeasure<number | null> {
  const answers = ratingsInPeriod(context)
    .map((rating) => rating.recommend)
    .filter((answer): answer is number => answer !== null);
  const promoters = answers.filter((answer) => answer >= 9).length;
  const detractors = answers.filter((answer) => answer <= 6).length;
  const value = answers.length === 0 ? null : ((promoters - detractors) / answers.length) * 100;
  return { value, population: answers.length };
}

/** Answered by the expiry instant: the link is valid up to and including `expiresAt`. */
export function measureSurveyResponseRate(context: KpiContext): KpiMeasure<number | null> {
  const invitations = context.scope.surveyInvitations.filter((invitation) => isWithin(invitation.sentAt, context.window));
  const answered = invitations.filter(
    (invitation) => invitation.answeredAt !== null && invitation.answeredAt.getTime() <= invitation.expiresAt.getTime(),
  );
  return { value: rate(answered.length, invitations.length), population: invitations.length };
}

export function normaliseFactorScore(score: number): number {
  return (score - FACTOR_SCORE_SCALE.min) / (FACTOR_SCORE_SCALE.max - FACTOR_SCORE_SCALE.min);
}

/**
 * csi = Σ weightᵢ × mean(factorᵢ normalised 0–1) × 1000. It is computed as the mean over responses
 * of Σ weightᵢ × factorᵢ: for one template, where every response answers every factor, the two are
 * equal (a mean is linear), and the per-response form still holds when a period mixes templates.
 */
export function measureCsi(context: KpiContext): KpiMeasure<number | null> {
  const responses = ratingsInPeriod(context).filter((rating) => rating.factors.length > 0);
  const indexes = responses.map((rating) =>
    rating.factors.reduce((sum, factor) => sum + factor.weight * normaliseFactorScore(factor.score), 0),
  );
  const average = mean(indexes);
  return { value: average === null ? null : average * 1000, population: responses.length };
}
