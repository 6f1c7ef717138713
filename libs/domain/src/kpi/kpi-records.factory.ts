import type { StaffRole } from '../service-request/service-request.types';
import type {
  KpiComplaintRecord,
  KpiDataset,
  KpiFactorScore,
  KpiRatingRecord,
  KpiRequestRecord,
  KpiStaffRecord,
  KpiSurveyInvitationRecord,
  LocalDate,
} from './kpi-records';
import type { VisitOutcome } from '../visit/visit.types';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './kpi-targets';

/**
 * Builders of KPI records for tests (here and in the API's property tests): a readable default
 * (a NORMAL repair reported at 10:00 Shanghai time on 2026-01-05) changed one fact at a time.
 */
let sequence = 0;
const nextId = (prefix: string): string => `${prefix}-${String(++sequence).padStart(5, '0')}`;
const after = (from: Date, ms: number): Date => new Date(from.getTime() + ms);

export class KpiRequestBuilder {
  private record: KpiRequestRecord = {
    id: nextId('req'),
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'NORMAL',
    outletId: 'outlet-sh',
    regionId: 'region-east',
    productCategory: 'washer',
    productModel: 'XQG100',
    unitSerial: null,
    reportedAt: new Date('2026-01-05T02:00:00Z'),
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    cancelledAt: null,
    reopenCount: 0,
    visits: [],
    returnVisits: [],
  };

  with(changes: Partial<KpiRequestRecord>): this {
    this.record = { ...this.record, ...changes };
    return this;
  }
  reportedAt(instant: string): this {
    return this.with({ reportedAt: new Date(instant) });
  }
  acknowledgedAfterMinutes(minutes: number): this {
    return this.with({ acknowledgedAt: after(this.record.reportedAt, minutes * MS_PER_MINUTE) });
  }
  visitAfterHours(hours: number, outcome: VisitOutcome | null = 'FIXED', technicianId = 'tech-1'): this {
    const visit = { technicianId, arrivedAt: after(this.record.reportedAt, hours * MS_PER_HOUR), outcome };
    return this.with({ visits: [...this.record.visits, visit] });
  }
  resolvedAfterHours(hours: number): this {
    return this.with({ resolvedAt: after(this.record.reportedAt, hours * MS_PER_HOUR) });
  }
  closedAfterHours(hours: number): this {
    return this.with({ closedAt: after(this.record.reportedAt, hours * MS_PER_HOUR) });
  }
  returnVisitAfterClosureDays(days: number, completed = true): this {
    const closedAt = this.record.closedAt ?? this.record.reportedAt;
    return this.with({ returnVisits: [...this.record.returnVisits, { doneAt: after(closedAt, days * MS_PER_DAY), completed }] });
  }
  cancelled(): this {
    return this.with({ cancelledAt: after(this.record.reportedAt, MS_PER_HOUR) });
  }
  build(): KpiRequestRecord {
    return this.record;
  }
}

export const aRequest = (): KpiRequestBuilder => new KpiRequestBuilder();

export function aRating(request: KpiRequestRecord | string, submittedAt: string, overall: number, changes: Partial<KpiRatingRecord> = {}): KpiRatingRecord {
  const requestId = typeof request === 'string' ? request : request.id;
  return { id: nextId('rating'), requestId, submittedAt: new Date(submittedAt), overall, recommend: null, factors: [], ...changes };
}

export function factorScores(scores: Record<string, [weight: number, score: number]>): KpiFactorScore[] {
  return Object.entries(scores).map(([factor, [weight, score]]) => ({ factor, weight, score }));
}

export function anInvitation(sentAt: string, changes: Partial<KpiSurveyInvitationRecord> = {}): KpiSurveyInvitationRecord {
  const sent = new Date(sentAt);
  return { id: nextId('invite'), requestId: null, sentAt: sent, expiresAt: after(sent, 7 * MS_PER_DAY), answeredAt: null, ...changes };
}

/** A complaint received at `receivedAt`, acknowledged and closed after the given hours (null: not yet). */
export function aComplaint(
  receivedAt: string,
  hours: { acknowledged: number | null; closed: number | null },
  changes: Partial<KpiComplaintRecord> = {},
): KpiComplaintRecord {
  const received = new Date(receivedAt);
  return {
    id: nextId('complaint'),
    requestId: null,
    outletId: 'outlet-sh',
    regionId: 'region-east',
    severity: 'NORMAL',
    receivedAt: received,
    acknowledgedAt: hours.acknowledged === null ? null : after(received, hours.acknowledged * MS_PER_HOUR),
    closedAt: hours.closed === null ? null : after(received, hours.closed * MS_PER_HOUR),
    customerAccepted: hours.closed === null ? null : true,
    ...changes,
  };
}

export function aStaffMember(role: StaffRole, activeFrom: LocalDate, changes: Partial<KpiStaffRecord> = {}): KpiStaffRecord {
  return {
    id: nextId('staff'),
    role,
    outletId: 'outlet-sh',
    regionId: 'region-east',
    activePeriods: [{ from: activeFrom, until: null }],
    qualifications: [],
    trainings: [],
    ...changes,
  };
}

export function aDataset(records: Partial<KpiDataset> = {}): KpiDataset {
  return { requests: [], ratings: [], surveyInvitations: [], complaints: [], staff: [], ...records };
}
