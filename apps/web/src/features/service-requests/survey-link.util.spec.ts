import { describe, expect, it } from 'vitest';
import { surveyCardAction, surveyLinkUrl } from './survey-link.util';

describe('surveyCardAction', () => {
  const closedAt = '2026-11-20T10:00:00.000Z';

  it('offers to send once the request is closed and nothing is pending', () => {
    expect(surveyCardAction('CLOSED', closedAt, [])).toEqual({ kind: 'send' });
    expect(surveyCardAction('CLOSED', closedAt, [{ state: 'EXPIRED', sentAt: '2026-11-20T11:00:00.000Z' }])).toEqual({ kind: 'send' });
  });

  it('waits while the request is open, a link is open, or the customer answered about this closure', () => {
    expect(surveyCardAction('RESOLVED', null, [])).toEqual({ kind: 'wait', reason: 'notClosed' });
    expect(surveyCardAction('CLOSED', closedAt, [{ state: 'OPEN', sentAt: '2026-11-20T11:00:00.000Z' }])).toEqual({ kind: 'wait', reason: 'linkOpen' });
    expect(surveyCardAction('CLOSED', closedAt, [{ state: 'ANSWERED', sentAt: '2026-11-20T11:00:00.000Z' }])).toEqual({ kind: 'wait', reason: 'answered' });
  });

  it('an answer about an earlier closure (before a reopen) does not block a new link', () => {
    expect(surveyCardAction('CLOSED', closedAt, [{ state: 'ANSWERED', sentAt: '2026-11-01T09:00:00.000Z' }])).toEqual({ kind: 'send' });
  });
});

describe('surveyLinkUrl', () => {
  it('joins origin and path with exactly one slash', () => {
    expect(surveyLinkUrl('http://localhost:3000', '/survey/abc')).toBe('http://localhost:3000/survey/abc');
    expect(surveyLinkUrl('https://fw.example.cn/', 'survey/abc')).toBe('https://fw.example.cn/survey/abc');
  });
});
