import { DEFAULT_KPI_TARGETS, MS_PER_HOUR, MS_PER_MINUTE, type KpiTargets } from '../kpi/kpi-targets';
import { DEFAULT_COMPLAINT_TARGETS, complaintDeadlineStatus, complaintDeadlines, complaintTargetsFor } from './complaint-deadlines';
import { applyDeadlineEscalations, complaintsDueForEscalation, dueEscalations } from './complaint-escalation';
import { aComplaint } from './complaint.factory';

const received = aComplaint().build().receivedAt;
const hoursLater = (hours: number): Date => new Date(received.getTime() + hours * MS_PER_HOUR);

describe('complaint deadlines', () => {
  it('run from receipt: 24 h to acknowledge, 72 h (MAJOR) or 168 h (NORMAL) to close', () => {
    expect(complaintDeadlines(aComplaint().severity('MAJOR').build(), DEFAULT_COMPLAINT_TARGETS)).toEqual({ ackDueAt: hoursLater(24), resolutionDueAt: hoursLater(72) });
    expect(complaintDeadlines(aComplaint().severity('NORMAL').build(), DEFAULT_COMPLAINT_TARGETS).resolutionDueAt).toEqual(hoursLater(168));
  });

  it('take an outlet’s own targets over the organisation’s', () => {
    const targets: KpiTargets = { ...DEFAULT_KPI_TARGETS, byOutlet: { 'outlet-gz': { complaintAcknowledgementHours: 4, complaintResolutionHours: { MAJOR: 48 } } } };
    expect(complaintTargetsFor(targets, 'outlet-gz')).toEqual({ acknowledgementHours: 4, resolutionHours: { MAJOR: 48, NORMAL: 168 } });
    expect(complaintTargetsFor(targets, 'outlet-sh')).toEqual(DEFAULT_COMPLAINT_TARGETS);
  });

  it.each([
    ['received, 2 h in', aComplaint().build(), 2, { next: 'ACKNOWLEDGEMENT', overdue: false, minutesLeft: 22 * 60, minutesOverdue: null, acknowledgedInTime: null, closedInTime: null }],
    ['received, exactly at the acknowledgement deadline', aComplaint().build(), 24, { next: 'ACKNOWLEDGEMENT', overdue: false, minutesLeft: 0, minutesOverdue: null }],
    ['received, 25 h in', aComplaint().build(), 25, { next: 'ACKNOWLEDGEMENT', overdue: true, minutesLeft: null, minutesOverdue: 60, acknowledgedInTime: false, closedInTime: null }],
    ['acknowledged in time, 30 h in', aComplaint().acknowledgedAfterHours(3).build(), 30, { next: 'RESOLUTION', overdue: false, minutesLeft: 138 * 60, acknowledgedInTime: true }],
    ['acknowledged late, MAJOR, 80 h in', aComplaint().severity('MAJOR').acknowledgedAfterHours(30).build(), 80, { next: 'RESOLUTION', overdue: true, minutesOverdue: 8 * 60, acknowledgedInTime: false, closedInTime: false }],
    ['closed in time', aComplaint().acknowledgedAfterHours(1).closedAfterHours(100).build(), 500, { next: null, overdue: false, minutesLeft: null, minutesOverdue: null, acknowledgedInTime: true, closedInTime: true }],
    ['closed late', aComplaint().acknowledgedAfterHours(1).closedAfterHours(200).build(), 500, { next: null, overdue: false, closedInTime: false }],
  ] as const)('report the live status of a complaint %s', (_name, complaint, hours, expected) => {
    const status = complaintDeadlineStatus(complaint, DEFAULT_COMPLAINT_TARGETS, hoursLater(hours));
    expect({ ...status, next: status.next?.kind ?? null }).toMatchObject(expected);
  });

  it('count whole minutes left', () => {
    const status = complaintDeadlineStatus(aComplaint().build(), DEFAULT_COMPLAINT_TARGETS, new Date(hoursLater(23).getTime() + 30_500));
    expect(status.minutesLeft).toBe(59);
  });
});

describe('complaintsDueForEscalation', () => {
  it.each([
    ['a fresh complaint', aComplaint().build(), 23, []],
    ['an unacknowledged complaint at its deadline (still in time)', aComplaint().build(), 24, []],
    ['an unacknowledged complaint one minute late', aComplaint().build(), 24 + 1 / 60, ['ACKNOWLEDGEMENT 1→2']],
    ['a complaint already escalated for that deadline', aComplaint().atLevel(2).escalatedFor('ACKNOWLEDGEMENT').build(), 30, []],
    ['a complaint acknowledged late, before the job saw it', aComplaint().acknowledgedAfterHours(26).build(), 30, []],
    ['a MAJOR complaint past its resolution deadline', aComplaint().severity('MAJOR').acknowledgedAfterHours(1).build(), 73, ['RESOLUTION 1→2']],
    ['an acknowledged one escalated for acknowledgement, past resolution', aComplaint().severity('MAJOR').acknowledgedAfterHours(30).atLevel(2).escalatedFor('ACKNOWLEDGEMENT').build(), 73, ['RESOLUTION 2→3']],
    ['an untouched complaint past both deadlines (job was down)', aComplaint().severity('MAJOR').build(), 100, ['ACKNOWLEDGEMENT 1→2', 'RESOLUTION 2→3']],
    ['a complaint raised by hand to 区域, past one deadline', aComplaint().atLevel(2).build(), 25, ['ACKNOWLEDGEMENT 2→3']],
    ['a complaint raised by hand to 区域, past both', aComplaint().severity('MAJOR').atLevel(2).build(), 100, ['ACKNOWLEDGEMENT 2→3']],
    ['a complaint already at headquarters', aComplaint().atLevel(3).build(), 500, []],
    ['a closed complaint', aComplaint().acknowledgedAfterHours(50).closedAfterHours(400).build(), 500, []],
  ] as const)('%s', (_name, complaint, hours, expected) => {
    const due = dueEscalations(complaint, hoursLater(hours));
    expect(due.map((e) => `${e.deadline.kind} ${e.fromLevel}→${e.toLevel}`)).toEqual(expected);
  });

  it('picks out exactly the complaints past a deadline they have not escalated for', () => {
    const late = { ...aComplaint().build(), id: 'late' };
    const onTime = { ...aComplaint().receivedAt('2026-03-03T01:00:00Z').build(), id: 'on-time' };
    const done = { ...aComplaint().atLevel(2).escalatedFor('ACKNOWLEDGEMENT').build(), id: 'done' };
    const due = complaintsDueForEscalation([late, onTime, done], hoursLater(25));
    expect(due.map((entry) => entry.complaint.id)).toEqual(['late']);
  });

  it('applies the escalations once: a second run at the same or a later time adds nothing for the same deadline', () => {
    const first = applyDeadlineEscalations(aComplaint().build(), hoursLater(25));
    expect(first.events).toEqual([
      expect.objectContaining({ action: 'ESCALATE', escalationReason: 'DEADLINE_PASSED', deadline: 'ACKNOWLEDGEMENT', fromLevel: 1, toLevel: 2, at: hoursLater(25) }),
    ]);
    expect(first.state).toMatchObject({ escalationLevel: 2, escalatedDeadlines: ['ACKNOWLEDGEMENT'], lastEventAt: hoursLater(25) });
    expect(applyDeadlineEscalations(first.state, hoursLater(25)).events).toEqual([]);
    expect(applyDeadlineEscalations(first.state, hoursLater(160)).events).toEqual([]);
    // The next deadline is a new one: it escalates, once.
    const second = applyDeadlineEscalations(first.state, hoursLater(169));
    expect(second.events.map((e) => e.deadline)).toEqual(['RESOLUTION']);
    expect(applyDeadlineEscalations(second.state, hoursLater(400)).events).toEqual([]);
  });

  it('records an escalation no earlier than the complaint’s last event', () => {
    const state = aComplaint().with({ lastEventAt: new Date(hoursLater(25).getTime() + 3 * MS_PER_MINUTE) }).build();
    expect(applyDeadlineEscalations(state, hoursLater(25)).events[0]!.at).toEqual(state.lastEventAt);
  });
});
