import fc from 'fast-check';
import { ValidationFailed } from '../common/field-error';
import { allowedTransitions } from './lifecycle';
import {
  REQUEST_COMMANDS,
  REQUEST_COMMAND_TRANSITIONS,
  RequestCommandRefused,
  allowedCommands,
  applyRequestCommand,
  type RequestCommand,
  type RequestLifecycleState,
} from './request-commands';

const reportedAt = new Date('2026-05-01T01:00:00Z');
const fresh = (): RequestLifecycleState => ({
  status: 'NEW',
  reportedAt,
  lastEventAt: reportedAt,
  acknowledgedAt: null,
  resolvedAt: null,
  closedAt: null,
  cancelledAt: null,
  reopenCount: 0,
  technicianId: null,
});
const minutes = (n: number): Date => new Date(reportedAt.getTime() + n * 60_000);
const now = minutes(100_000);

function commandOf(kind: RequestCommand['kind'], at: Date): RequestCommand {
  return { kind, at, note: 'reason', technicianId: kind === 'DISPATCH' ? 'tech-1' : null };
}

describe('request commands', () => {
  it('stay inside the lifecycle of product.md', () => {
    for (const kind of REQUEST_COMMANDS) {
      const { from, to } = REQUEST_COMMAND_TRANSITIONS[kind];
      for (const status of from) expect(allowedTransitions(status)).toContain(to);
    }
  });

  it('carry a repair from the first call to closure, stamping each step', () => {
    let state = fresh();
    const steps: RequestCommand['kind'][] = ['ACKNOWLEDGE', 'DISPATCH', 'START', 'HOLD', 'RESUME', 'RESOLVE', 'CLOSE'];
    steps.forEach((kind, index) => (state = applyRequestCommand(state, commandOf(kind, minutes(10 * (index + 1))), now).state));
    expect(state).toMatchObject({ status: 'CLOSED', acknowledgedAt: minutes(10), technicianId: 'tech-1', resolvedAt: minutes(60), closedAt: minutes(70) });
  });

  it('refuses a command the status does not allow, naming the status and the possible commands', () => {
    const state = fresh();
    expect(() => applyRequestCommand(state, commandOf('RESOLVE', minutes(5)), now)).toThrow(RequestCommandRefused);
    try {
      applyRequestCommand(state, commandOf('RESOLVE', minutes(5)), now);
    } catch (error) {
      const refused = error as RequestCommandRefused;
      expect(refused.allowed).toEqual(['ACKNOWLEDGE', 'CANCEL']);
      expect(refused.localisedMessage('zh-CN')).toBe('工单当前状态为「新建」，不能标记解决；当前可执行：受理、取消');
      expect(refused.localisedMessage('en')).toContain('"New" cannot resolve; possible now: acknowledge, cancel');
    }
  });

  it.each<[RequestCommand, string[]]>([
    [{ kind: 'CANCEL', at: minutes(1), note: '  ' }, ['note:required']],
    [{ kind: 'DISPATCH', at: minutes(1) }, ['technicianId:required']],
    [{ kind: 'ACKNOWLEDGE', at: minutes(-1) }, ['at:beforePreviousEvent']],
    [{ kind: 'ACKNOWLEDGE', at: new Date(now.getTime() + 3_600_000) }, ['at:inFuture']],
  ])('checks the input of %o', (command, expected) => {
    try {
      applyRequestCommand(fresh(), command, now);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailed);
      expect((error as ValidationFailed).errors.map((e) => `${e.field}:${e.code}`)).toEqual(expected);
    }
  });

  it('keeps every request legal and its timestamps consistent, whatever staff try (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...REQUEST_COMMANDS), fc.integer({ min: 0, max: 600 })), { maxLength: 40 }), (attempts) => {
        let state = fresh();
        for (const [kind, gap] of attempts) {
          const before = JSON.stringify(state);
          const accepted = allowedCommands(state.status).includes(kind);
          try {
            state = applyRequestCommand(state, commandOf(kind, new Date(state.lastEventAt.getTime() + gap * 60_000)), now).state;
            expect(accepted).toBe(true);
          } catch (error) {
            expect(accepted).toBe(false);
            expect(error).toBeInstanceOf(RequestCommandRefused);
            expect(JSON.stringify(state)).toBe(before);
          }
          const s = state;
          expect(s.resolvedAt !== null).toBe(s.status === 'RESOLVED' || s.status === 'CLOSED');
          expect(s.closedAt !== null).toBe(s.status === 'CLOSED');
          expect(s.cancelledAt !== null).toBe(s.status === 'CANCELLED');
          if (!['NEW', 'CANCELLED'].includes(s.status)) expect(s.acknowledgedAt).not.toBeNull();
          if (['DISPATCHED', 'IN_PROGRESS', 'ON_HOLD', 'RESOLVED', 'CLOSED'].includes(s.status)) expect(s.technicianId).not.toBeNull();
          const ordered = [s.reportedAt, s.acknowledgedAt, s.resolvedAt, s.closedAt].filter((d): d is Date => d !== null);
          for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.getTime()).toBeGreaterThanOrEqual(ordered[i - 1]!.getTime());
          for (const stamp of ordered) expect(stamp.getTime()).toBeLessThanOrEqual(s.lastEventAt.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });
});
