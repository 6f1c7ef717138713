import fc from 'fast-check';
import { ValidationFailed } from '../common/field-error';
import { MS_PER_HOUR, MS_PER_MINUTE } from '../kpi/kpi-targets';
import {
  COMPLAINT_COMMANDS,
  ComplaintCommandRefused,
  allowedComplaintCommands,
  applyComplaintCommand,
  type ComplaintCommand,
  type ComplaintLifecycleState,
} from './complaint-commands';
import { applyDeadlineEscalations } from './complaint-escalation';
import { aComplaint } from './complaint.factory';
import { COMPLAINT_STATUSES, TOP_ESCALATION_LEVEL } from './complaint.types';

const fresh = (): ComplaintLifecycleState => aComplaint().build();
const receivedAt = fresh().receivedAt;
const minutes = (n: number): Date => new Date(receivedAt.getTime() + n * MS_PER_MINUTE);
const now = minutes(100_000);

/** A command with everything it may need, so the property test exercises the lifecycle, not input rules. */
function complete(kind: ComplaintCommand['kind'], at: Date): ComplaintCommand {
  return { kind, at, note: '客户要求主管回电', resolution: '上门更换压缩机并赔偿运费', customerAccepted: true };
}

describe('complaint commands', () => {
  it('carry a complaint from receipt through escalation to closure with the customer’s answer', () => {
    let state = fresh();
    state = applyComplaintCommand(state, { kind: 'ACKNOWLEDGE', at: minutes(30) }, now).state;
    const escalated = applyComplaintCommand(state, { kind: 'ESCALATE', at: minutes(60), note: '客户不接受网点方案' }, now);
    expect(escalated.event).toMatchObject({ action: 'ESCALATE', fromLevel: 1, toLevel: 2, escalationReason: 'MANUAL', fromStatus: 'ACKNOWLEDGED', toStatus: 'ACKNOWLEDGED' });
    const closed = applyComplaintCommand(escalated.state, { kind: 'CLOSE', at: minutes(90), resolution: ' 更换新机 ', customerAccepted: false }, now);
    expect(closed.state).toMatchObject({
      status: 'CLOSED',
      acknowledgedAt: minutes(30),
      closedAt: minutes(90),
      escalationLevel: 2,
      resolution: '更换新机',
      customerAccepted: false,
    });
    expect(closed.event).toMatchObject({ action: 'CLOSE', fromStatus: 'ACKNOWLEDGED', toStatus: 'CLOSED', at: minutes(90) });
  });

  it.each<[string, ComplaintCommand, string[]]>([
    ['an escalation without a reason', { kind: 'ESCALATE', at: minutes(1), note: '  ' }, ['note:required']],
    ['a closure without resolution or answer', { kind: 'CLOSE', at: minutes(1) }, ['resolution:required', 'customerAccepted:required']],
    ['a closure without the customer’s answer', { kind: 'CLOSE', at: minutes(1), resolution: '已退款', customerAccepted: null }, ['customerAccepted:required']],
    ['an overlong resolution', { kind: 'CLOSE', at: minutes(1), resolution: 'x'.repeat(2001), customerAccepted: true }, ['resolution:tooLong']],
    ['a step before the previous one', { kind: 'ACKNOWLEDGE', at: minutes(-1) }, ['at:beforePreviousEvent']],
    ['a step in the future', { kind: 'ACKNOWLEDGE', at: new Date(now.getTime() + MS_PER_HOUR) }, ['at:inFuture']],
  ])('refuses %s field by field', (_name, command, expected) => {
    const state = aComplaint().acknowledgedAfterHours(0).build();
    try {
      applyComplaintCommand(state, command, now);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailed);
      expect((error as ValidationFailed).errors.map((e) => `${e.field}:${e.code}`)).toEqual(expected);
    }
  });

  it('closes only acknowledged complaints, naming the status, the level and what is possible', () => {
    const state = fresh();
    try {
      applyComplaintCommand(state, complete('CLOSE', minutes(5)), now);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ComplaintCommandRefused);
      const refused = error as ComplaintCommandRefused;
      expect(refused.allowed).toEqual(['ACKNOWLEDGE', 'ESCALATE']);
      expect(refused.localisedMessage('zh-CN')).toBe('投诉当前状态为「已登记」，处理级别为「网点」，不能办结；当前可执行：受理、升级');
      expect(refused.localisedMessage('en')).toBe('A complaint that is "Received" at level Outlet cannot close; possible now: acknowledge, escalate');
    }
  });

  it('escalates no higher than headquarters, and nothing once closed', () => {
    expect(allowedComplaintCommands('ACKNOWLEDGED', TOP_ESCALATION_LEVEL)).toEqual(['CLOSE']);
    expect(allowedComplaintCommands('CLOSED', 1)).toEqual([]);
    expect(() => applyComplaintCommand(aComplaint().atLevel(3).build(), complete('ESCALATE', minutes(1)), now)).toThrow(ComplaintCommandRefused);
  });

  it('keeps every complaint legal and its record consistent, whatever staff and the job do (property)', () => {
    const step = fc.oneof(
      fc.tuple(fc.constantFrom(...COMPLAINT_COMMANDS), fc.integer({ min: 0, max: 3_000 })),
      fc.tuple(fc.constant('JOB' as const), fc.integer({ min: 0, max: 6_000 })),
    );
    fc.assert(
      fc.property(fc.constantFrom('MAJOR' as const, 'NORMAL' as const), fc.array(step, { maxLength: 30 }), (severity, steps) => {
        let state = aComplaint().severity(severity).build();
        let manual = 0;
        let automatic = 0;
        for (const [kind, gap] of steps) {
          const at = new Date(state.lastEventAt.getTime() + gap * MS_PER_MINUTE);
          const before = JSON.stringify(state);
          if (kind === 'JOB') {
            const run = applyDeadlineEscalations(state, at);
            automatic += run.events.length;
            // The same run again changes nothing: a deadline never escalates twice.
            expect(applyDeadlineEscalations(run.state, at).events).toEqual([]);
            state = run.state;
          } else {
            const accepted = allowedComplaintCommands(state.status, state.escalationLevel).includes(kind);
            try {
              const outcome = applyComplaintCommand(state, complete(kind, at), at);
              expect(accepted).toBe(true);
              expect(outcome.event.toLevel - outcome.event.fromLevel!).toBe(kind === 'ESCALATE' ? 1 : 0);
              if (kind === 'ESCALATE') manual += 1;
              state = outcome.state;
            } catch (error) {
              expect(accepted).toBe(false);
              expect(error).toBeInstanceOf(ComplaintCommandRefused);
              expect(JSON.stringify(state)).toBe(before);
            }
          }
          const s = state;
          expect(COMPLAINT_STATUSES).toContain(s.status);
          expect(s.escalationLevel).toBe(1 + manual + automatic);
          expect(s.escalationLevel).toBeLessThanOrEqual(TOP_ESCALATION_LEVEL);
          expect(s.escalatedDeadlines.length).toBe(automatic);
          expect(new Set(s.escalatedDeadlines).size).toBe(s.escalatedDeadlines.length);
          expect(s.acknowledgedAt !== null).toBe(s.status !== 'RECEIVED');
          expect(s.closedAt !== null).toBe(s.status === 'CLOSED');
          expect(s.status === 'CLOSED' ? typeof s.customerAccepted === 'boolean' && !!s.resolution : s.customerAccepted === null && s.resolution === null).toBe(true);
          const ordered = [s.receivedAt, s.acknowledgedAt, s.closedAt].filter((d): d is Date => d !== null);
          for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.getTime()).toBeGreaterThanOrEqual(ordered[i - 1]!.getTime());
          for (const stamp of ordered) expect(stamp.getTime()).toBeLessThanOrEqual(s.lastEventAt.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });
});
