import { buildWorkingCalendar, DEFAULT_WEEKLY_HOURS } from '../calendar/working-calendar';
import { DEFAULT_KPI_TARGETS } from '../kpi/kpi-targets';
import { requestDeadlines, type DeadlineRequest } from './request-deadlines';

const sh = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** A NORMAL repair reported on Friday 26 September 2025 at 10:00 Shanghai time, untouched since. */
function aRequest(overrides: Partial<DeadlineRequest> = {}): DeadlineRequest {
  return {
    type: 'REPAIR',
    priority: 'NORMAL',
    reportedAt: sh('2025-09-26 10:00'),
    acknowledgedAt: null,
    firstArrivedAt: null,
    resolvedAt: null,
    cancelledAt: null,
    ...overrides,
  };
}

const calendar = buildWorkingCalendar('Asia/Shanghai', DEFAULT_WEEKLY_HOURS, []);

describe('requestDeadlines in calendar time (the default)', () => {
  it('counts each target from the report and says how much time is left', () => {
    const deadlines = requestDeadlines(aRequest(), DEFAULT_KPI_TARGETS, null, sh('2025-09-26 11:00'));
    expect(deadlines.response).toEqual({ dueAt: sh('2025-09-26 12:00'), targetMinutes: 120, state: 'PENDING', stoppedAt: null, minutesLeft: 60, minutesLate: null });
    expect(deadlines.arrival).toMatchObject({ dueAt: sh('2025-09-27 10:00'), state: 'PENDING', minutesLeft: 23 * 60 });
    expect(deadlines.resolution).toMatchObject({ dueAt: sh('2025-09-29 10:00'), targetMinutes: 72 * 60, state: 'PENDING' });
    expect(deadlines.raisedOutsideWorkingHours).toBeNull();
  });

  it.each([
    ['acknowledged exactly on the deadline is on time', { acknowledgedAt: sh('2025-09-26 12:00') }, sh('2025-09-26 13:00'), { state: 'MET', minutesLeft: 0, minutesLate: null }],
    ['acknowledged early keeps the time it had to spare', { acknowledgedAt: sh('2025-09-26 10:30') }, sh('2025-09-26 13:00'), { state: 'MET', minutesLeft: 90 }],
    ['acknowledged a second late is a minute late', { acknowledgedAt: new Date(sh('2025-09-26 12:00').getTime() + 1000) }, sh('2025-09-26 13:00'), { state: 'BREACHED', minutesLeft: null, minutesLate: 1 }],
    ['never acknowledged and past the deadline', {}, sh('2025-09-26 14:30'), { state: 'BREACHED', minutesLate: 150 }],
  ])('response: %s', (_case, change, now, expected) => {
    expect(requestDeadlines(aRequest(change), DEFAULT_KPI_TARGETS, null, now).response).toMatchObject(expected);
  });

  it('uses the priority’s response target', () => {
    expect(requestDeadlines(aRequest({ priority: 'URGENT' }), DEFAULT_KPI_TARGETS, null, sh('2025-09-26 10:00')).response?.dueAt).toEqual(sh('2025-09-26 10:30'));
  });

  it('stops the arrival clock at the first visit and the resolution clock at resolution', () => {
    const deadlines = requestDeadlines(
      aRequest({ acknowledgedAt: sh('2025-09-26 10:10'), firstArrivedAt: sh('2025-09-27 11:00'), resolvedAt: sh('2025-09-27 12:00') }),
      DEFAULT_KPI_TARGETS,
      null,
      sh('2025-10-30 00:00'),
    );
    expect(deadlines.arrival).toMatchObject({ state: 'BREACHED', minutesLate: 60, stoppedAt: sh('2025-09-27 11:00') });
    expect(deadlines.resolution).toMatchObject({ state: 'MET', minutesLeft: 46 * 60 });
  });

  it('has no arrival deadline where nobody goes on site', () => {
    expect(requestDeadlines(aRequest({ type: 'CONSULTATION' }), DEFAULT_KPI_TARGETS, null, sh('2025-09-26 11:00')).arrival).toBeNull();
    expect(requestDeadlines(aRequest({ resolvedAt: sh('2025-09-26 11:00') }), DEFAULT_KPI_TARGETS, null, sh('2025-09-26 12:00')).arrival).toBeNull();
  });

  it('has no deadlines once cancelled', () => {
    expect(requestDeadlines(aRequest({ cancelledAt: sh('2025-09-26 10:05') }), DEFAULT_KPI_TARGETS, null, sh('2025-09-30 00:00'))).toEqual({
      response: null,
      arrival: null,
      resolution: null,
      raisedOutsideWorkingHours: null,
    });
  });
});

describe('requestDeadlines with a working calendar', () => {
  it('moves a Friday-evening request’s deadline to Monday and flags a weekend report', () => {
    const friday = requestDeadlines(aRequest({ reportedAt: sh('2025-09-19 17:50') }), DEFAULT_KPI_TARGETS, calendar, sh('2025-09-20 12:00'));
    expect(friday.response).toMatchObject({ dueAt: sh('2025-09-22 10:20'), state: 'PENDING' });
    expect(friday.raisedOutsideWorkingHours).toBe(false);

    const sunday = requestDeadlines(aRequest({ reportedAt: sh('2025-09-21 15:00') }), DEFAULT_KPI_TARGETS, calendar, sh('2025-09-21 15:00'));
    expect(sunday.response?.dueAt).toEqual(sh('2025-09-22 10:30'));
    expect(sunday.raisedOutsideWorkingHours).toBe(true);
  });

  it('counts the arrival target in working hours too (24 h = 24 working hours)', () => {
    const deadlines = requestDeadlines(aRequest({ reportedAt: sh('2025-09-22 08:30') }), DEFAULT_KPI_TARGETS, calendar, sh('2025-09-22 08:30'));
    // 9.5 working hours a day: Monday and Tuesday make 19 h, five more on Wednesday.
    expect(deadlines.arrival?.dueAt).toEqual(sh('2025-09-24 13:30'));
  });
});
