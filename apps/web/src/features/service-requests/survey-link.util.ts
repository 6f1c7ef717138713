/** What the survey card of a request offers, from the request's status and its links so far. */
export interface SurveyLinkSummary {
  state: 'OPEN' | 'ANSWERED' | 'EXPIRED' | 'UNKNOWN';
  sentAt: string;
}

export type SurveyCardAction = { kind: 'send' } | { kind: 'wait'; reason: 'notClosed' | 'linkOpen' | 'answered' };

/**
 * A link can be sent once the request is closed, when no link is open and the customer has not
 * answered since (the API enforces the same; this only decides what the button says).
 * `closedAt` separates links of an earlier closure (before a reopen) from the current one.
 */
export function surveyCardAction(status: string, closedAt: string | null, links: readonly SurveyLinkSummary[]): SurveyCardAction {
  if (status !== 'CLOSED') return { kind: 'wait', reason: 'notClosed' };
  if (links.some((link) => link.state === 'OPEN')) return { kind: 'wait', reason: 'linkOpen' };
  const sinceClosure = closedAt ? links.filter((link) => link.sentAt >= closedAt) : links;
  if (sinceClosure.some((link) => link.state === 'ANSWERED')) return { kind: 'wait', reason: 'answered' };
  return { kind: 'send' };
}

/** The absolute link a customer opens: the public survey path on this site's origin. */
export function surveyLinkUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
