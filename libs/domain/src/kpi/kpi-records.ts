import type { Channel, Priority, ServiceType, StaffRole } from '../service-request/service-request.types';
import type { VisitOutcome } from '../visit/visit.types';

/**
 * The plain records the KPI formulas of kpis.md read. The API loads them from PostgreSQL, the
 * property-based tests generate them, and both must give the same numbers: so every field a formula
 * looks at is here, and nothing else.
 */

/** Local calendar date `YYYY-MM-DD` in the organisation's time zone. */
export type LocalDate = string;

export const COMPLAINT_SEVERITIES = ['MAJOR', 'NORMAL'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** 上门记录: a visit is recorded once the technician is on site, so `arrivedAt` is always known. */
export interface KpiVisitRecord {
  technicianId: string;
  arrivedAt: Date;
  outcome: VisitOutcome | null;
}

/** 回访 of a request; `completed` is false for attempts that did not reach the customer. */
export interface KpiReturnVisitRecord {
  doneAt: Date;
  completed: boolean;
}

/** 工单. The timestamps derive from the lifecycle events. */
export interface KpiRequestRecord {
  id: string;
  type: ServiceType;
  channel: Channel;
  priority: Priority;
  outletId: string;
  regionId: string | null;
  productCategory: string | null;
  productModel: string | null;
  /** Serial number of the product unit; the key of "the same unit" for repeat repairs. */
  unitSerial: string | null;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  /** The latest resolution; null while the request is open (again). */
  resolvedAt: Date | null;
  /** The latest closure; null while the request is open (again). */
  closedAt: Date | null;
  /** Set once a request is cancelled: a cancelled request counts in no KPI. */
  cancelledAt: Date | null;
  /** Times the request went back from RESOLVED or CLOSED to IN_PROGRESS. */
  reopenCount: number;
  visits: readonly KpiVisitRecord[];
  returnVisits: readonly KpiReturnVisitRecord[];
}

/** One factor of a multi-factor survey (e.g. 服务启动 21 %); the weight is the template's. */
export interface KpiFactorScore {
  factor: string;
  /** Share of the factor in the index; a template's weights sum to 1. */
  weight: number;
  /** The customer's score on the factor scale (FACTOR_SCORE_SCALE). */
  score: number;
}

/** Scale on which survey factors are answered; csi normalises it to 0–1. */
export const FACTOR_SCORE_SCALE = { min: 1, max: 5 } as const;

/** A customer's rating of a request: through the public survey link or taken during a return visit. */
export interface KpiRatingRecord {
  id: string;
  requestId: string;
  submittedAt: Date;
  /** Overall score 1–5. */
  overall: number;
  /** "Would you recommend us?" 0–10, null when not asked or not answered. */
  recommend: number | null;
  /** Factor answers of a multi-factor survey; empty for a single-question rating. */
  factors: readonly KpiFactorScore[];
}

/** A one-time public survey link sent to a customer. */
export interface KpiSurveyInvitationRecord {
  id: string;
  requestId: string | null;
  sentAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
}

/** 投诉. Outlet and region are the complaint's own (the outlet handling it). */
export interface KpiComplaintRecord {
  id: string;
  requestId: string | null;
  outletId: string | null;
  regionId: string | null;
  severity: ComplaintSeverity;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
  customerAccepted: boolean | null;
}

/** Employment spell, inclusive local dates; `until` null while still employed. */
export interface KpiActivePeriod {
  from: LocalDate;
  until: LocalDate | null;
}

/** A certificate held by a staff member, valid on the inclusive local dates. */
export interface KpiQualificationRecord {
  certificateType: string;
  validFrom: LocalDate;
  validUntil: LocalDate | null;
}

export interface KpiTrainingAttendance {
  date: LocalDate;
  hours: number;
}

export interface KpiStaffRecord {
  id: string;
  role: StaffRole;
  /** Home outlet and region for breakdowns; a person counts in one row only. */
  outletId: string | null;
  regionId: string | null;
  activePeriods: readonly KpiActivePeriod[];
  qualifications: readonly KpiQualificationRecord[];
  trainings: readonly KpiTrainingAttendance[];
}

/** Everything the formulas need for one organisation. Pass all records, not only the period's. */
export interface KpiDataset {
  requests: readonly KpiRequestRecord[];
  ratings: readonly KpiRatingRecord[];
  surveyInvitations: readonly KpiSurveyInvitationRecord[];
  complaints: readonly KpiComplaintRecord[];
  staff: readonly KpiStaffRecord[];
}
