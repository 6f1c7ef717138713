import { describe, expect, it } from 'vitest';
import { checkAttempt, toAttemptInput, urgencyOf } from './return-visit.util';

describe('urgencyOf', () => {
  const now = new Date('2025-03-01T02:00:00.000Z'); // 10:00 in Shanghai
  it.each([
    ['2025-03-01T01:59:00.000Z', 'overdue'],
    ['2025-03-01T15:59:00.000Z', 'dueToday'],
    ['2025-03-01T16:00:00.000Z', 'upcoming'],
  ] as const)('%s → %s (Asia/Shanghai)', (dueAt, expected) => {
    expect(urgencyOf(dueAt, now, 'Asia/Shanghai')).toBe(expected);
  });
});

describe('toAttemptInput', () => {
  it('sends the answers with a completed visit only', () => {
    const values = { method: 'PHONE', outcome: 'UNREACHABLE', rating: 5, recommend: 9, comment: ' ok ', note: ' 无人接听 ' };
    expect(toAttemptInput('rv-1', 3, values)).toEqual({
      returnVisitId: 'rv-1',
      expectedVersion: 3,
      method: 'PHONE',
      outcome: 'UNREACHABLE',
      note: '无人接听',
      rating: null,
      recommend: null,
      comment: null,
    });
    expect(toAttemptInput('rv-1', 3, { ...values, outcome: 'COMPLETED' })).toMatchObject({ rating: 5, recommend: 9, comment: 'ok' });
  });
});

describe('checkAttempt', () => {
  const closedAt = '2025-02-27T00:00:00.000Z';
  const now = new Date('2025-03-01T00:00:00.000Z');
  it('requires the rating of a completed visit, in the UI language', () => {
    expect(checkAttempt({ method: 'PHONE', outcome: 'COMPLETED' }, closedAt, now, 'zh-CN')).toEqual([{ name: ['rating'], errors: ['必填项'] }]);
  });
  it('requires method and outcome', () => {
    expect(checkAttempt({}, closedAt, now, 'en').map((field) => field.name)).toEqual([['method'], ['outcome']]);
  });
  it('accepts an unreachable attempt without answers', () => {
    expect(checkAttempt({ method: 'PHONE', outcome: 'UNREACHABLE', rating: 4 }, closedAt, now, 'en')).toEqual([]);
  });
});
