import fc from 'fast-check';
import { ValidationFailed, type FieldError } from '../common/field-error';
import {
  DEFAULT_RETURN_VISIT_TARGET_DAYS,
  ReturnVisitNotOpen,
  isSampledForReturnVisit,
  nextReturnVisitStep,
  returnVisitDueAt,
  samplingPoint,
  validateReturnVisitAttempt,
  type ReturnVisitAttemptDraft,
  type ReturnVisitProgress,
} from './return-visit-rules';
import { RETURN_VISIT_OUTCOMES, RETURN_VISIT_STATUSES, RETURN_VISIT_STATUS_LABELS } from './return-visit.types';

const closedAt = new Date('2026-05-01T08:00:00Z');
const now = new Date('2026-05-03T08:00:00Z');
const policy = { maxAttempts: 3, retryAfterHours: 4 };
const scheduled: ReturnVisitProgress = { status: 'SCHEDULED', attemptCount: 0 };
const uuid = fc.uuid();

function errorsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e: FieldError) => `${e.field}:${e.code}`);
    throw error;
  }
  return [];
}

describe('return visit due date', () => {
  it('is the closure plus the target of kpis.md (7 days by default)', () => {
    expect(DEFAULT_RETURN_VISIT_TARGET_DAYS).toBe(7);
    expect(returnVisitDueAt(closedAt, 7)).toEqual(new Date('2026-05-08T08:00:00Z'));
    expect(returnVisitDueAt(closedAt, 2)).toEqual(new Date('2026-05-03T08:00:00Z'));
  });
});

describe('return visit sampling', () => {
  it('is deterministic: the same seed and request always give the same answer', () => {
    fc.assert(fc.property(uuid, uuid, fc.double({ min: 0, max: 1, noNaN: true }), (seed, id, share) => {
      expect(isSampledForReturnVisit(seed, id, share)).toBe(isSampledForReturnVisit(seed, id, share));
      expect(samplingPoint(seed, id.toUpperCase())).toBe(samplingPoint(seed, id));
    }));
  });

  it('samples everything at share 1 and nothing at share 0', () => {
    fc.assert(fc.property(uuid, uuid, (seed, id) => {
      expect(isSampledForReturnVisit(seed, id, 1)).toBe(true);
      expect(isSampledForReturnVisit(seed, id, 0)).toBe(false);
    }));
  });

  it('only adds requests when the share is raised', () => {
    fc.assert(fc.property(uuid, uuid, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, id, a, b) => {
      const [low, high] = a < b ? [a, b] : [b, a];
      if (isSampledForReturnVisit(seed, id, low)) expect(isSampledForReturnVisit(seed, id, high)).toBe(true);
    }));
  });

  it('takes close to the share of many requests, and another seed draws another sample', () => {
    const ids = fc.sample(uuid, { numRuns: 5000, seed: 42 });
    const taken = (seed: string) => ids.filter((id) => isSampledForReturnVisit(seed, id, 0.3));
    expect(taken('org-a').length / ids.length).toBeGreaterThan(0.27);
    expect(taken('org-a').length / ids.length).toBeLessThan(0.33);
    expect(taken('org-b')).not.toEqual(taken('org-a'));
  });
});

describe('return visit attempts', () => {
  const at = new Date('2026-05-02T09:00:00Z');

  it.each([
    ['COMPLETED', 'DONE'],
    ['REFUSED', 'REFUSED'],
    ['WRONG_NUMBER', 'UNREACHABLE'],
  ] as const)('%s finishes the visit as %s', (outcome, status) => {
    expect(nextReturnVisitStep(scheduled, outcome, at, policy)).toEqual({ status, attemptCount: 1, doneAt: at, nextAttemptAt: null });
  });

  it('retries an unreachable customer after the retry interval, then gives up after the last attempt', () => {
    const first = nextReturnVisitStep(scheduled, 'UNREACHABLE', at, policy);
    expect(first).toEqual({ status: 'SCHEDULED', attemptCount: 1, doneAt: null, nextAttemptAt: new Date('2026-05-02T13:00:00Z') });
    const second = nextReturnVisitStep(first, 'UNREACHABLE', at, policy);
    expect(second).toMatchObject({ status: 'SCHEDULED', attemptCount: 2 });
    expect(nextReturnVisitStep(second, 'UNREACHABLE', at, policy)).toEqual({ status: 'UNREACHABLE', attemptCount: 3, doneAt: at, nextAttemptAt: null });
  });

  it('refuses any attempt on a visit that is not scheduled, with a localised message', () => {
    for (const status of RETURN_VISIT_STATUSES.filter((s) => s !== 'SCHEDULED')) {
      expect(() => nextReturnVisitStep({ status, attemptCount: 1 }, 'COMPLETED', at, policy)).toThrow(ReturnVisitNotOpen);
    }
    const refused = new ReturnVisitNotOpen('DONE');
    expect(refused.localisedMessage('zh-CN')).toBe('该回访当前状态为「已回访」，只有待回访的记录可以登记回访');
    expect(refused.localisedMessage('en')).toContain('"Done"');
  });

  it('never makes more than maxAttempts attempts, and a finished visit always has its time', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...RETURN_VISIT_OUTCOMES), { maxLength: 15 }), fc.integer({ min: 1, max: 10 }), (outcomes, maxAttempts) => {
      let progress: ReturnVisitProgress = scheduled;
      for (const outcome of outcomes) {
        if (progress.status !== 'SCHEDULED') {
          expect(() => nextReturnVisitStep(progress, outcome, at, { maxAttempts, retryAfterHours: 1 })).toThrow(ReturnVisitNotOpen);
          continue;
        }
        const step = nextReturnVisitStep(progress, outcome, at, { maxAttempts, retryAfterHours: 1 });
        expect(step.attemptCount).toBe(progress.attemptCount + 1);
        expect(step.attemptCount).toBeLessThanOrEqual(maxAttempts);
        expect(step.doneAt === null).toBe(step.status === 'SCHEDULED');
        expect(step.nextAttemptAt === null).toBe(step.status !== 'SCHEDULED');
        progress = step;
      }
    }));
  });

  it('has a label in both languages for every status', () => {
    for (const status of RETURN_VISIT_STATUSES) expect(RETURN_VISIT_STATUS_LABELS[status]['zh-CN']).toBeTruthy();
  });
});

describe('validateReturnVisitAttempt', () => {
  const context = { closedAt, previousAttemptAt: null, now };
  const completed: ReturnVisitAttemptDraft = { method: 'PHONE', outcome: 'COMPLETED', rating: 5, recommend: 9, comment: ' 师傅很专业 ', at: '2026-05-02T09:00:00Z' };

  it('accepts a completed visit with its rating and trims the comment', () => {
    expect(validateReturnVisitAttempt(completed, context)).toEqual({
      method: 'PHONE', outcome: 'COMPLETED', at: new Date('2026-05-02T09:00:00Z'), note: null, rating: 5, recommend: 9, comment: '师傅很专业',
    });
  });

  it('defaults the time to now', () => {
    expect(validateReturnVisitAttempt({ method: 'SMS', outcome: 'UNREACHABLE' }, context).at).toEqual(now);
  });

  it.each([
    [{ method: null, outcome: null }, ['method:required', 'outcome:required']],
    [{ method: 'FAX', outcome: 'MAYBE' }, ['method:invalidChoice', 'outcome:invalidChoice']],
    [{ rating: null }, ['rating:required']],
    [{ rating: 6, recommend: 11 }, ['rating:outOfRange', 'recommend:outOfRange']],
    [{ rating: 4.5 }, ['rating:outOfRange']],
    [{ comment: 'x'.repeat(1001) }, ['comment:tooLong']],
    [{ at: '2026-04-30T00:00:00Z' }, ['at:beforeClosed']],
    [{ at: '2026-06-01T00:00:00Z' }, ['at:inFuture']],
    [{ at: 'soon' }, ['at:invalidDate']],
    [{ outcome: 'UNREACHABLE' }, ['rating:notApplicable', 'recommend:notApplicable', 'comment:notApplicable']],
    [{ note: 'n'.repeat(501) }, ['note:tooLong']],
  ])('refuses %o field by field', (overrides, expected) => {
    expect(errorsOf(() => validateReturnVisitAttempt({ ...completed, ...overrides } as ReturnVisitAttemptDraft, context))).toEqual(expected);
  });

  it('refuses an attempt before the previous one', () => {
    const previousAttemptAt = new Date('2026-05-02T10:00:00Z');
    expect(errorsOf(() => validateReturnVisitAttempt(completed, { ...context, previousAttemptAt }))).toEqual(['at:beforePreviousEvent']);
  });
});
