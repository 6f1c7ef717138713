/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddAuditFindingInput = {
  auditId: string | number;
  clause?: string | null | undefined;
  description?: string | null | undefined;
  severity?: AuditFindingSeverity | null | undefined;
};

/** 特别扣分项: costs 1 point outside the indicator points */
export type AddSpecialDeductionInput = {
  assessmentId: string | number;
  /** The corrective action that answers the finding */
  correctiveActionId?: string | null | undefined;
  description?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  kind?: SpecialDeductionKind | null | undefined;
};

export type ApproveControlledDocumentInput = {
  approvedById?: string | number | null | undefined;
  /** First day in force, YYYY-MM-DD */
  effectiveFrom?: string | null | undefined;
  /** Last day in force for a fixed term, YYYY-MM-DD */
  effectiveTo?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
};

export type AssessmentChangeInput = {
  assessmentId: string | number;
  expectedVersion?: number | null | undefined;
};

/** A SIGNED_OFF assessment is frozen */
export type AssessmentStatus =
  | 'DRAFT'
  | 'SIGNED_OFF';

/** Make an uploaded file (POST /api/attachments, ownerType CONTROLLED_DOCUMENT) the file of a draft */
export type AttachControlledDocumentFileInput = {
  attachmentId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
};

/** What a file shows; photos must be pictures */
export type AttachmentPurpose =
  | 'AFTER'
  | 'BEFORE'
  | 'CERTIFICATE'
  | 'DOCUMENT'
  | 'FAULT_PHOTO'
  | 'OTHER'
  | 'SIGNED_SHEET';

export type AuditFindingSeverity =
  | 'MAJOR'
  | 'MINOR'
  | 'OBSERVATION';

export type CalendarDayInput = {
  /** Local date YYYY-MM-DD */
  date?: string | null | undefined;
  kind?: CalendarDayKind | null | undefined;
  /** e.g. 国庆节, 国庆节调休上班 */
  name?: string | null | undefined;
};

/** A public holiday, or a weekend day worked instead (调休) */
export type CalendarDayKind =
  | 'HOLIDAY'
  | 'MAKEUP_WORKDAY';

/** A criterion with its evidence: DOCUMENT needs documentType; KPI kpi, comparator, threshold (statistic for durations); SAMPLE recordType, sampleSize, checks */
export type CatalogCriterionInput = {
  checks?: Array<SampleCheckInput> | null | undefined;
  comparator?: KpiComparator | null | undefined;
  documentType?: EvidenceDocumentType | null | undefined;
  key?: string | null | undefined;
  kpi?: KpiKey | null | undefined;
  method?: EvidenceMethod | null | undefined;
  nameEn?: string | null | undefined;
  nameZh?: string | null | undefined;
  points?: number | null | undefined;
  recordType?: SampleRecordType | null | undefined;
  sampleSize?: number | null | undefined;
  statistic?: DurationStatistic | null | undefined;
  threshold?: number | null | undefined;
};

/** One of the fifteen indicators of the standard (names and category are the standard’s) */
export type CatalogIndicatorInput = {
  criteria?: Array<CatalogCriterionInput> | null | undefined;
  key?: string | null | undefined;
  points?: number | null | undefined;
};

export type CertificateType =
  | 'ELECTRICIAN'
  | 'GAS_APPLIANCE'
  | 'HAZARDOUS_WORK'
  | 'OTHER'
  | 'REFRIGERATION';

/** What the certification body must be told of (gbt27922.md) */
export type ChangeNotificationKind =
  | 'AUTHORISED_PERSON'
  | 'LEGAL_REPRESENTATIVE'
  | 'LEGAL_STATUS'
  | 'LICENCE'
  | 'MAJOR_COMPLAINT'
  | 'MAJOR_INCIDENT'
  | 'ORGANISATION'
  | 'OWNERSHIP'
  | 'REGULATORY_FINDING'
  | 'SCOPE'
  | 'SERVICE_PROCESS'
  | 'SERVICE_SITES';

export type ChangeNotificationState =
  | 'NOTIFIED'
  | 'NOTIFIED_LATE'
  | 'OVERDUE'
  | 'PENDING';

export type Channel =
  | 'APP'
  | 'HOTLINE'
  | 'ONLINE'
  | 'ON_SITE'
  | 'WALK_IN';

/** Closing a complaint records what was done and whether the customer accepted it */
export type CloseComplaintInput = {
  /** When it happened; defaults to now */
  at?: string | null | undefined;
  /** The customer’s answer: accepted or not (required) */
  customerAccepted?: boolean | null | undefined;
  /** The version the caller saw; a newer one is a CONFLICT */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** Remark; the reason, required, when escalating */
  note?: string | null | undefined;
  /** What was done for the customer (required) */
  resolution?: string | null | undefined;
};

/** What a complaint event records */
export type ComplaintAction =
  | 'ACKNOWLEDGE'
  | 'CLOSE'
  | 'ESCALATE'
  | 'RECEIVE';

/** What staff can do to a complaint in its current status and level */
export type ComplaintCommand =
  | 'ACKNOWLEDGE'
  | 'CLOSE'
  | 'ESCALATE';

export type ComplaintDeadlineKind =
  | 'ACKNOWLEDGEMENT'
  | 'RESOLUTION';

export type ComplaintEscalationReason =
  | 'DEADLINE_PASSED'
  | 'MANUAL';

export type ComplaintFilter = {
  outletIds?: Array<string | number> | null | undefined;
  /** true: open complaints past a deadline they still have to meet; false: all others */
  overdue?: boolean | null | undefined;
  /** Inclusive lower bound of receivedAt */
  receivedFrom?: string | null | undefined;
  /** Exclusive upper bound of receivedAt */
  receivedTo?: string | null | undefined;
  severities?: Array<ComplaintSeverity> | null | undefined;
  statuses?: Array<ComplaintStatus> | null | undefined;
};

export type ComplaintSeverity =
  | 'MAJOR'
  | 'NORMAL';

export type ComplaintStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'RECEIVED';

/** A step on one complaint */
export type ComplaintStepInput = {
  /** When it happened; defaults to now */
  at?: string | null | undefined;
  /** The version the caller saw; a newer one is a CONFLICT */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** Remark; the reason, required, when escalating */
  note?: string | null | undefined;
};

/** The action was taken */
export type CompleteCorrectiveActionInput = {
  completedOn?: string | null | undefined;
  completionNote?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
};

export type ControlledDocumentFilter = {
  documentTypes?: Array<ControlledDocumentType> | null | undefined;
  /** Every version of one document */
  seriesId?: string | number | null | undefined;
  statuses?: Array<ControlledDocumentStatus> | null | undefined;
};

export type ControlledDocumentStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'SUPERSEDED';

/** The controlled-document types of the indicator catalogue (EVIDENCE_DOCUMENT_TYPES) */
export type ControlledDocumentType =
  | 'COMPLAINT_PROCEDURE'
  | 'CONDUCT_RULES'
  | 'DELIVERY_PROCEDURE'
  | 'EMERGENCY_PLAN'
  | 'FAQ'
  | 'INSTALLATION_GUIDE'
  | 'INTERNAL_AUDIT_REPORT'
  | 'JOB_RESPONSIBILITIES'
  | 'MANAGEMENT_REVIEW_REPORT'
  | 'ORGANISATION_CHART'
  | 'PRIVACY_POLICY'
  | 'PROCESS_FLOWCHART'
  | 'PRODUCT_MANUAL'
  | 'SERVICE_BUDGET'
  | 'SERVICE_COMMITMENT'
  | 'SERVICE_MANUAL'
  | 'SERVICE_PHILOSOPHY'
  | 'SERVICE_POLICY'
  | 'SPARE_PARTS_LIST'
  | 'TAKE_BACK_PROGRAMME'
  | 'TRAINING_PLAN'
  | 'WARRANTY_POLICY';

export type CorrectiveActionFilter = {
  /** Only open actions past their due day */
  overdueOnly?: boolean | null | undefined;
  sources?: Array<CorrectiveActionSource> | null | undefined;
  statuses?: Array<CorrectiveActionStatus> | null | undefined;
};

export type CorrectiveActionSource =
  | 'AUDIT_FINDING'
  | 'COMPLAINT'
  | 'KPI_BELOW_TARGET'
  | 'OTHER';

/** OPEN until taken; CLOSED after an effective check */
export type CorrectiveActionStatus =
  | 'ACTION_TAKEN'
  | 'CLOSED'
  | 'OPEN';

/** A new assessment: the period (local dates, half-open) and the catalogue version */
export type CreateAssessmentInput = {
  /** Defaults to the newest version */
  catalogVersionNo?: number | null | undefined;
  /** First day, YYYY-MM-DD */
  from?: string | null | undefined;
  /** Seed of the samples; a random one when left out */
  sampleSeed?: string | null | undefined;
  title?: string | null | undefined;
  /** Day after the last, YYYY-MM-DD (exclusive) */
  to?: string | null | undefined;
};

/** A new catalogue version (the whole catalogue); the versions before it stay as they are */
export type CreateCatalogVersionInput = {
  /** The newest version the admin edited: refused if another was made since */
  expectedLatestVersionNo?: number | null | undefined;
  indicators?: Array<CatalogIndicatorInput> | null | undefined;
  /** The catalogue’s label, e.g. "CQC checklist 2026" */
  label?: string | null | undefined;
  note?: string | null | undefined;
};

export type CreateChangeNotificationInput = {
  certificationBody?: string | null | undefined;
  description?: string | null | undefined;
  kind?: ChangeNotificationKind | null | undefined;
  occurredOn?: string | null | undefined;
};

export type CreateComplaintInput = {
  /** e.g. 服务态度, 维修质量, 收费 */
  category?: string | null | undefined;
  channel?: Channel | null | undefined;
  /** Complaint number; generated (CP + date + number) when empty */
  code?: string | null | undefined;
  /** Required unless a request is named (its customer is taken) */
  customerName?: string | null | undefined;
  /** Required unless a request is named (its customer is taken) */
  customerPhone?: string | null | undefined;
  description?: string | null | undefined;
  /** The outlet handling it; defaults to the request’s outlet */
  outletId?: string | number | null | undefined;
  /** When the complaint was received; defaults to now */
  receivedAt?: string | null | undefined;
  /** The service request complained about, if any */
  requestId?: string | number | null | undefined;
  severity?: ComplaintSeverity | null | undefined;
};

/** A new controlled document: its first version, as a draft */
export type CreateControlledDocumentInput = {
  /** Who wrote it (编写人); the approver must be someone else */
  authorId?: string | number | null | undefined;
  description?: string | null | undefined;
  documentType?: ControlledDocumentType | null | undefined;
  /** Show on the customer portal once in force (FAQ and product manuals only) */
  published?: boolean | null | undefined;
  title?: string | null | undefined;
  /** e.g. A/0, V1.0 */
  versionLabel?: string | null | undefined;
};

export type CreateCorrectiveActionInput = {
  action?: string | null | undefined;
  /** For AUDIT_FINDING: the finding, linked to the new action */
  auditFindingId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  dueDate?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  problem?: string | null | undefined;
  rootCause?: string | null | undefined;
  source?: CorrectiveActionSource | null | undefined;
  /** Required for COMPLAINT and KPI_BELOW_TARGET */
  sourceReference?: string | null | undefined;
};

export type CreateInternalAuditInput = {
  /** Names (auditors may be external) */
  auditors?: Array<string> | null | undefined;
  /** Set once the audit took place */
  performedDate?: string | null | undefined;
  plannedDate?: string | null | undefined;
  /** A controlled document of type INTERNAL_AUDIT_REPORT */
  reportDocumentId?: string | number | null | undefined;
  scope?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateManagementReviewInput = {
  attendees?: Array<string> | null | undefined;
  chair?: string | null | undefined;
  decisions?: string | null | undefined;
  inputs?: string | null | undefined;
  /** A controlled document of type MANAGEMENT_REVIEW_REPORT */
  reportDocumentId?: string | number | null | undefined;
  reviewDate?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateOutletInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  code?: string | null | undefined;
  /** The area served (districts, towns) */
  coverage?: string | null | undefined;
  kind?: OutletKind | null | undefined;
  name?: string | null | undefined;
  regionId?: string | number | null | undefined;
};

export type CreateProductInput = {
  category?: string | null | undefined;
  /** Needs certified handling (batteries, refrigerants, chemicals) */
  hazardous?: boolean | null | undefined;
  model?: string | null | undefined;
  name?: string | null | undefined;
  /** 三包 warranty in months (0–240) */
  warrantyMonths?: number | null | undefined;
};

export type CreateQualificationInput = {
  /** Required; unique per certificate type */
  certificateNo?: string | null | undefined;
  /** Required */
  certificateType?: CertificateType | null | undefined;
  /** Issuing authority (required) */
  issuer?: string | null | undefined;
  /** The holder (required) */
  staffId?: string | number | null | undefined;
  /** The certificate’s own name; required for OTHER */
  title?: string | null | undefined;
  /** First valid day YYYY-MM-DD (required) */
  validFrom?: string | null | undefined;
  /** Last valid day YYYY-MM-DD; empty when it does not expire */
  validUntil?: string | null | undefined;
};

export type CreateServiceRequestInput = {
  channel?: Channel | null | undefined;
  customerAddress?: string | null | undefined;
  customerName?: string | null | undefined;
  customerPhone?: string | null | undefined;
  faultDescription?: string | null | undefined;
  outletId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  productId?: string | number | null | undefined;
  /** Purchase date YYYY-MM-DD */
  purchaseDate?: string | null | undefined;
  /** When the customer reported; defaults to now */
  reportedAt?: string | null | undefined;
  serialNo?: string | null | undefined;
  type?: ServiceType | null | undefined;
};

export type CreateSparePartInput = {
  name?: string | null | undefined;
  partNo?: string | null | undefined;
  price?: number | null | undefined;
  unitCost?: number | null | undefined;
};

export type CreateStaffInput = {
  login?: string | null | undefined;
  name?: string | null | undefined;
  /** The outlets this person works for */
  outletIds?: Array<string | number> | null | undefined;
  phone?: string | null | undefined;
  role?: StaffRole | null | undefined;
};

export type CreateSurveyInvitationInput = {
  requestId: string | number;
  /** Defaults to the most recently created active template */
  templateId?: string | number | null | undefined;
  /** Days the link stays valid; defaults to the organisation setting */
  validDays?: number | null | undefined;
};

/** A new survey template, or the next version of an existing code */
export type CreateSurveyTemplateInput = {
  code?: string | null | undefined;
  /** Empty or omitted: the overall rating only */
  factors?: Array<SurveyFactorInput> | null | undefined;
  name?: string | null | undefined;
};

/** A training that took place, with its attendees */
export type CreateTrainingInput = {
  /** At least one */
  attendees?: Array<TrainingAttendanceInput> | null | undefined;
  /** Required */
  course?: string | null | undefined;
  /** Local date YYYY-MM-DD, not in the future (required) */
  date?: string | null | undefined;
  /** Hours credited to each attendee, more than 0, in tenths (required) */
  hours?: number | null | undefined;
  syllabus?: string | null | undefined;
  trainer?: string | null | undefined;
};

export type CriterionScoreStatus =
  | 'CONFORMING'
  | 'EXCLUDED'
  | 'NON_CONFORMING'
  | 'PARTIAL'
  | 'UNASSESSED';

export type DeadlineState =
  | 'BREACHED'
  | 'MET'
  | 'PENDING';

export type DispatchServiceRequestInput = {
  /** When it happened; defaults to now */
  at?: string | null | undefined;
  /** The version the caller saw; a newer one is a CONFLICT */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** Reason or remark; required to hold, reopen and cancel */
  note?: string | null | undefined;
  technicianId?: string | number | null | undefined;
};

export type DurationStatistic =
  | 'mean'
  | 'p50'
  | 'p90';

export type EffectivenessResult =
  | 'EFFECTIVE'
  | 'NOT_EFFECTIVE';

export type EvidenceDocumentType =
  | 'COMPLAINT_PROCEDURE'
  | 'CONDUCT_RULES'
  | 'DELIVERY_PROCEDURE'
  | 'EMERGENCY_PLAN'
  | 'FAQ'
  | 'INSTALLATION_GUIDE'
  | 'INTERNAL_AUDIT_REPORT'
  | 'JOB_RESPONSIBILITIES'
  | 'MANAGEMENT_REVIEW_REPORT'
  | 'ORGANISATION_CHART'
  | 'PRIVACY_POLICY'
  | 'PROCESS_FLOWCHART'
  | 'PRODUCT_MANUAL'
  | 'SERVICE_BUDGET'
  | 'SERVICE_COMMITMENT'
  | 'SERVICE_MANUAL'
  | 'SERVICE_PHILOSOPHY'
  | 'SERVICE_POLICY'
  | 'SPARE_PARTS_LIST'
  | 'TAKE_BACK_PROGRAMME'
  | 'TRAINING_PLAN'
  | 'WARRANTY_POLICY';

export type EvidenceMethod =
  | 'DOCUMENT'
  | 'KPI'
  | 'MANUAL'
  | 'SAMPLE';

export type EvidencePackageStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING';

/** 删减: an indicator or criterion that does not apply; its points leave the denominator */
export type ExcludeAssessmentItemInput = {
  assessmentId: string | number;
  expectedVersion?: number | null | undefined;
  /** An indicator key (GOODS.RECYC) or a criterion key */
  key?: string | null | undefined;
  reason?: string | null | undefined;
};

export type FactorScoreInput = {
  key?: string | null | undefined;
  score?: number | null | undefined;
};

export type GapFixKind =
  | 'ASSESS'
  | 'CONFORM'
  | 'FIX_SAMPLED_RECORDS'
  | 'MEET_KPI'
  | 'PROVIDE_DOCUMENT';

/** Admin: give a staff member a sign-in with a role and outlets, in one step (or reset all three) */
export type GrantUserLoginInput = {
  /** The staff record version the caller saw */
  expectedVersion?: number | null | undefined;
  /** Replaces the outlets; dispatchers and technicians need at least one */
  outletIds?: Array<string | number> | null | undefined;
  password?: string | null | undefined;
  role?: StaffRole | null | undefined;
  staffId?: string | number | null | undefined;
};

/** One file of an import set, e.g. service_requests.csv or visits.xlsx, its bytes in Base64 */
export type ImportFileInput = {
  /** The file’s bytes in Base64 (all files of a request: at most 20 MB) */
  contentBase64?: string | null | undefined;
  /** File name; it tells the record type (service_requests.csv, visits.xlsx, ...) */
  name?: string | null | undefined;
};

/** error refuses the whole set; warning is reported only */
export type ImportProblemSeverity =
  | 'error'
  | 'warning';

/** A record type of import-format.md (also the file name) */
export type ImportRecordType =
  | 'complaints'
  | 'outlets'
  | 'qualifications'
  | 'return_visits'
  | 'service_requests'
  | 'staff'
  | 'trainings'
  | 'visits';

/** 售后服务体系 SYS, 商品服务 GOODS, 顾客服务 CUST */
export type IndicatorCategoryKey =
  | 'CUST'
  | 'GOODS'
  | 'SYS';

export type InternalAuditStatus =
  | 'COMPLETED'
  | 'PLANNED';

export type KpiBreakdownInput = {
  /** day, week, month, region, outlet, productCategory, productModel, technician, channel or priority */
  dimension?: string | null | undefined;
  filters?: KpiFiltersInput | null | undefined;
  /** First day, YYYY-MM-DD (local) */
  from?: string | null | undefined;
  /** Day after the last day, YYYY-MM-DD (local): the period is [from, to) */
  to?: string | null | undefined;
};

/** AT_LEAST is >=, AT_MOST is <= */
export type KpiComparator =
  | 'AT_LEAST'
  | 'AT_MOST';

export type KpiDashboardInput = {
  /** Also compute the period of the same length just before */
  compareToPrevious?: boolean | null | undefined;
  filters?: KpiFiltersInput | null | undefined;
  /** First day, YYYY-MM-DD (local) */
  from?: string | null | undefined;
  /** Day after the last day, YYYY-MM-DD (local): the period is [from, to) */
  to?: string | null | undefined;
  /** Trend bucket: day, week or month (default: day up to 62 days, week up to 366, else month) */
  trendBy?: string | null | undefined;
};

/** What a KPI breakdown cuts by: a calendar bucket or a record dimension */
export type KpiDimension =
  | 'channel'
  | 'day'
  | 'month'
  | 'outlet'
  | 'priority'
  | 'productCategory'
  | 'productModel'
  | 'region'
  | 'technician'
  | 'week';

/** Narrows every KPI to the records with these values (a complaint by its own outlet and region) */
export type KpiFiltersInput = {
  channel?: Channel | null | undefined;
  outletId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  productCategory?: string | null | undefined;
  productModel?: string | null | undefined;
  regionId?: string | number | null | undefined;
  /** Technician of the first visit */
  technicianId?: string | number | null | undefined;
};

/** A KPI of kpis.md */
export type KpiKey =
  | 'arrivalOnTimeRate'
  | 'avgRating'
  | 'certifiedStaffRate'
  | 'complaintHours'
  | 'complaintRate'
  | 'complaintResolutionRate'
  | 'complaintTimelyRate'
  | 'csatRate'
  | 'csi'
  | 'firstTimeFixRate'
  | 'nps'
  | 'repeatRepairRate'
  | 'requestCount'
  | 'resolutionHours'
  | 'responseMinutes'
  | 'responseOnTimeRate'
  | 'returnVisitRate'
  | 'surveyResponseRate'
  | 'trainingHoursPerStaff';

export type KpiRecordsInput = {
  /** With dimensionValue: the breakdown row the figure came from */
  dimension?: string | null | undefined;
  /** The key of that row; leave out (null) for the row of records without a value */
  dimensionValue?: string | null | undefined;
  filters?: KpiFiltersInput | null | undefined;
  /** First day, YYYY-MM-DD (local) */
  from?: string | null | undefined;
  /** The KPI key of kpis.md */
  kpi?: string | null | undefined;
  /** Only the records that pull the figure the wrong way */
  onlyFailing?: boolean | null | undefined;
  /** Day after the last day, YYYY-MM-DD (local): the period is [from, to) */
  to?: string | null | undefined;
};

export type OutletFilter = {
  city?: string | null | undefined;
  includeInactive?: boolean | null | undefined;
  kinds?: Array<OutletKind> | null | undefined;
  regionId?: string | number | null | undefined;
  /** Part of the code or name */
  search?: string | null | undefined;
};

export type OutletKind =
  | 'AGENT'
  | 'OWN'
  | 'PARTNER';

/** Part of the day a customer would like the visit */
export type PreferredPeriod =
  | 'AFTERNOON'
  | 'ANY'
  | 'EVENING'
  | 'MORNING';

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type ProductFilter = {
  category?: string | null | undefined;
  hazardous?: boolean | null | undefined;
  includeInactive?: boolean | null | undefined;
  /** Part of the model or name */
  search?: string | null | undefined;
};

/** Controlled documents the customer portal shows */
export type PublishedDocumentType =
  | 'FAQ'
  | 'PRODUCT_MANUAL';

/** NOT_APPLICABLE excludes the criterion (删减) */
export type QualitativeOutcome =
  | 'CONFORMING'
  | 'NON_CONFORMING'
  | 'NOT_APPLICABLE';

/** Parts arriving at an outlet (purchase, transfer) */
export type ReceiveStockInput = {
  note?: string | null | undefined;
  outletId?: string | number | null | undefined;
  partId?: string | number | null | undefined;
  quantity?: number | null | undefined;
};

/** An assessor’s judgement of a MANUAL criterion, or of one its evidence left open */
export type RecordAssessmentJudgementInput = {
  assessmentId: string | number;
  criterionKey?: string | null | undefined;
  /** Links to the evidence seen (attachments, documents, pages) */
  evidenceLinks?: Array<string> | null | undefined;
  expectedVersion?: number | null | undefined;
  /** Required for NON_CONFORMING and NOT_APPLICABLE */
  note?: string | null | undefined;
  outcome?: QualitativeOutcome | null | undefined;
};

/** Effective closes the action; not effective opens it again with a new due day */
export type RecordEffectivenessCheckInput = {
  checkedById?: string | number | null | undefined;
  checkedOn?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
  newDueDate?: string | null | undefined;
  note?: string | null | undefined;
  result?: EffectivenessResult | null | undefined;
};

export type RecordNotificationSentInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
  notifiedOn?: string | null | undefined;
  /** The body’s acknowledgement or letter number */
  reference?: string | null | undefined;
};

/** One attempt to reach the customer; a COMPLETED one carries the rating */
export type RecordReturnVisitAttemptInput = {
  /** When; defaults to now */
  at?: string | null | undefined;
  comment?: string | null | undefined;
  /** The version the caller saw; a newer one is a CONFLICT */
  expectedVersion?: number | null | undefined;
  method?: ReturnVisitMethod | null | undefined;
  note?: string | null | undefined;
  outcome?: ReturnVisitOutcome | null | undefined;
  /** Overall rating 1–5; required when COMPLETED */
  rating?: number | null | undefined;
  /** Would recommend 0–10 */
  recommend?: number | null | undefined;
  returnVisitId: string | number;
  /** Who called (until sign-in exists) */
  staffId?: string | number | null | undefined;
};

/** A technician’s visit to the customer, with parts and confirmation */
export type RecordVisitInput = {
  actions?: string | null | undefined;
  arrivedAt?: string | null | undefined;
  completedAt?: string | null | undefined;
  /** Name of who confirmed the service on site */
  confirmedBy?: string | null | undefined;
  customerFeedback?: string | null | undefined;
  diagnosis?: string | null | undefined;
  outcome?: VisitOutcome | null | undefined;
  parts?: Array<VisitPartInput> | null | undefined;
  requestId: string | number;
  technicianId?: string | number | null | undefined;
};

export type RemoveAssessmentExclusionInput = {
  assessmentId: string | number;
  expectedVersion?: number | null | undefined;
  key?: string | null | undefined;
};

/** Take back a special deduction recorded by mistake */
export type RemoveSpecialDeductionInput = {
  assessmentId: string | number;
  expectedVersion?: number | null | undefined;
  /** Position in specialDeductions, from 0 */
  index?: number | null | undefined;
};

/** What staff can do to a request in its current status */
export type RequestCommand =
  | 'ACKNOWLEDGE'
  | 'CANCEL'
  | 'CLOSE'
  | 'DISPATCH'
  | 'HOLD'
  | 'REOPEN'
  | 'RESOLVE'
  | 'RESUME'
  | 'START';

export type RequestStatus =
  | 'ACKNOWLEDGED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DISPATCHED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'ON_HOLD'
  | 'RESOLVED';

export type ReturnVisitFilter = {
  /** Exclusive upper bound of dueAt */
  dueBefore?: string | null | undefined;
  /** Outlets of the requests */
  outletIds?: Array<string | number> | null | undefined;
  requestId?: string | number | null | undefined;
  /** Any status when omitted; the worklist asks for SCHEDULED */
  statuses?: Array<ReturnVisitStatus> | null | undefined;
};

export type ReturnVisitMethod =
  | 'ONLINE'
  | 'ON_SITE'
  | 'PHONE'
  | 'SMS';

export type ReturnVisitOutcome =
  | 'COMPLETED'
  | 'REFUSED'
  | 'UNREACHABLE'
  | 'WRONG_NUMBER';

/** SCHEDULED is open; DONE counts for returnVisitRate */
export type ReturnVisitStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'REFUSED'
  | 'SCHEDULED'
  | 'UNREACHABLE';

export type SampleCheckInput = {
  nameEn?: string | null | undefined;
  nameZh?: string | null | undefined;
};

export type SampleFindingCode =
  | 'lateAcknowledgement'
  | 'lateArrival'
  | 'lateClosure'
  | 'lateDelivery'
  | 'lateResponse'
  | 'missingAddress'
  | 'missingChannel'
  | 'missingCompletionTime'
  | 'missingCondition'
  | 'missingCustomerConfirmation'
  | 'missingDescription'
  | 'missingDiagnosis'
  | 'missingDisposalCertificate'
  | 'missingDisposer'
  | 'missingFaultDescription'
  | 'missingName'
  | 'missingOverrideReason'
  | 'missingPhone'
  | 'missingReason'
  | 'missingResolution'
  | 'missingSignature'
  | 'missingVisit'
  | 'noEvaluation'
  | 'noValidQualification'
  | 'notClosedWithCustomer'
  | 'notIntact';

export type SampleRecordType =
  | 'COMPLAINT'
  | 'CORRECTIVE_ACTION'
  | 'CUSTOMER'
  | 'DELIVERY'
  | 'FACILITY'
  | 'SERVICE_REQUEST'
  | 'STAFF'
  | 'TAKE_BACK'
  | 'WARRANTY_DECISION';

/** The whole profile; expectedVersion is null the first time */
export type SaveEnterpriseProfileInput = {
  address?: string | null | undefined;
  authorisedContact?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  creditCode?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  foundedOn?: string | null | undefined;
  history?: string | null | undefined;
  legalName?: string | null | undefined;
  legalRepresentative?: string | null | undefined;
  licenceNumber?: string | null | undefined;
  outletCount?: number | null | undefined;
  productsAndScope?: string | null | undefined;
  staffCount?: number | null | undefined;
};

/** 不合格, 达标级, 三星级, 四星级, 五星级 */
export type ServiceGrade =
  | 'COMPLIANT'
  | 'FAIL'
  | 'FIVE_STAR'
  | 'FOUR_STAR'
  | 'THREE_STAR';

export type ServiceRequestFilter = {
  outletIds?: Array<string | number> | null | undefined;
  /** Inclusive lower bound of reportedAt */
  reportedFrom?: string | null | undefined;
  /** Exclusive upper bound of reportedAt */
  reportedTo?: string | null | undefined;
  /** Start of a request code or serial number, part of a customer name, or start of a phone number */
  search?: string | null | undefined;
  statuses?: Array<RequestStatus> | null | undefined;
  /** Requests dispatched to these technicians */
  technicianIds?: Array<string | number> | null | undefined;
};

export type ServiceType =
  | 'CONSULTATION'
  | 'DELIVERY'
  | 'INSTALLATION'
  | 'MAINTENANCE'
  | 'REPAIR'
  | 'RETURN_EXCHANGE';

/** Replaces the holidays and make-up working days of one year */
export type SetCalendarDaysInput = {
  days?: Array<CalendarDayInput> | null | undefined;
  /** The settings version the caller saw */
  expectedVersion?: number | null | undefined;
  year?: number | null | undefined;
};

/** Replaces all overrides of one outlet */
export type SetOutletTargetsInput = {
  /** Version of the outlet’s overrides the caller saw (0 when it has none) */
  expectedVersion?: number | null | undefined;
  outletId?: string | number | null | undefined;
  /** Overrides; fields left out or null follow the organisation */
  targets?: TargetValuesInput | null | undefined;
};

/** 特别加分项: at most one; a null description removes it */
export type SetSpecialBonusInput = {
  assessmentId: string | number;
  description?: string | null | undefined;
  expectedVersion?: number | null | undefined;
};

export type SignOffAssessmentInput = {
  assessmentId: string | number;
  expectedVersion?: number | null | undefined;
  /** Name of the assessor signing off */
  signedOffBy?: string | null | undefined;
};

/** 特别扣分项 */
export type SpecialDeductionKind =
  | 'BREAKS_INDUSTRY_REQUIREMENT'
  | 'BREAKS_LAW'
  | 'BREAKS_OWN_SERVICE_RULES'
  | 'HARMS_SERVICE_SYSTEM';

export type StaffRole =
  | 'ADMIN'
  | 'AUDITOR'
  | 'DISPATCHER'
  | 'MANAGER'
  | 'TECHNICIAN';

export type StartEvidencePackageInput = {
  /** Default: the latest signed-off assessment of exactly this period, else a live evaluation */
  assessmentId?: string | number | null | undefined;
  /** First local day (YYYY-MM-DD) */
  from?: string | null | undefined;
  /** Admins only: customers’ phones and addresses whole */
  revealPersonalInformation?: boolean | null | undefined;
  /** Last local day, inclusive (YYYY-MM-DD); at most 366 days */
  to?: string | null | undefined;
};

/** A service request as a customer submits it on the portal */
export type SubmitPortalRequestInput = {
  customerAddress?: string | null | undefined;
  customerName?: string | null | undefined;
  customerPhone?: string | null | undefined;
  faultDescription?: string | null | undefined;
  /** Outlet the customer chose; the first active outlet otherwise */
  outletId?: string | number | null | undefined;
  /** Preferred visit date YYYY-MM-DD, today to 30 days ahead */
  preferredDate?: string | null | undefined;
  preferredPeriod?: PreferredPeriod | null | undefined;
  /** The product model chosen from the list; or give serialNo */
  productId?: string | number | null | undefined;
  /** Serial number from the nameplate; names the product when it is registered */
  serialNo?: string | null | undefined;
  /** REPAIR (default), INSTALLATION or MAINTENANCE */
  serviceType?: ServiceType | null | undefined;
};

/** Draft the next version of an approved document; approving it ends the one it replaces */
export type SupersedeControlledDocumentInput = {
  authorId?: string | number | null | undefined;
  description?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  /** The approved version to replace */
  id: string | number;
  published?: boolean | null | undefined;
  /** Defaults to the title of the version replaced */
  title?: string | null | undefined;
  versionLabel?: string | null | undefined;
};

/** A customer’s answers from the public survey page */
export type SurveyAnswersInput = {
  comment?: string | null | undefined;
  /** One score 1–5 for every factor of the survey */
  factorScores?: Array<FactorScoreInput> | null | undefined;
  /** Overall rating 1–5 (required) */
  overall?: number | null | undefined;
  /** Would recommend 0–10 */
  recommend?: number | null | undefined;
};

export type SurveyFactorInput = {
  /** Stable key, e.g. service_quality */
  key?: string | null | undefined;
  labelEn?: string | null | undefined;
  labelZh?: string | null | undefined;
  /** Share in the index, (0, 1]; all weights sum to 1 */
  weight?: number | null | undefined;
};

/** What a public survey link allows now */
export type SurveyLinkState =
  | 'ANSWERED'
  | 'EXPIRED'
  | 'OPEN'
  | 'UNKNOWN';

export type SurveyResponseSource =
  | 'RETURN_VISIT'
  | 'SURVEY_LINK';

/** One number of the targets (kpis.md), as a commitment or an outlet sets it */
export type TargetKey =
  | 'ARRIVAL_HOURS'
  | 'COMPLAINT_ACKNOWLEDGEMENT_HOURS'
  | 'COMPLAINT_RESOLUTION_HOURS_MAJOR'
  | 'COMPLAINT_RESOLUTION_HOURS_NORMAL'
  | 'REPEAT_REPAIR_WINDOW_DAYS'
  | 'RESOLUTION_HOURS'
  | 'RESPONSE_MINUTES_HIGH'
  | 'RESPONSE_MINUTES_LOW'
  | 'RESPONSE_MINUTES_NORMAL'
  | 'RESPONSE_MINUTES_URGENT'
  | 'RETURN_VISIT_DAYS';

/** Which layer set a target: kpis.md default, organisation, service commitment or outlet */
export type TargetSource =
  | 'COMMITMENT'
  | 'DEFAULT'
  | 'ORGANISATION'
  | 'OUTLET';

export type TargetUnit =
  | 'DAYS'
  | 'HOURS'
  | 'MINUTES';

/** Targets to set; a field left out or null is not set at this layer */
export type TargetValuesInput = {
  /** ARRIVAL_HOURS, in hours (1–720); null: not set here */
  arrivalHours?: number | null | undefined;
  /** COMPLAINT_ACKNOWLEDGEMENT_HOURS, in hours (1–720); null: not set here */
  complaintAcknowledgementHours?: number | null | undefined;
  /** COMPLAINT_RESOLUTION_HOURS_MAJOR, in hours (1–2160); null: not set here */
  complaintResolutionHoursMajor?: number | null | undefined;
  /** COMPLAINT_RESOLUTION_HOURS_NORMAL, in hours (1–2160); null: not set here */
  complaintResolutionHoursNormal?: number | null | undefined;
  /** REPEAT_REPAIR_WINDOW_DAYS, in days (1–365); null: not set here */
  repeatRepairWindowDays?: number | null | undefined;
  /** RESOLUTION_HOURS, in hours (1–2160); null: not set here */
  resolutionHours?: number | null | undefined;
  /** RESPONSE_MINUTES_HIGH, in minutes (1–10080); null: not set here */
  responseMinutesHigh?: number | null | undefined;
  /** RESPONSE_MINUTES_LOW, in minutes (1–10080); null: not set here */
  responseMinutesLow?: number | null | undefined;
  /** RESPONSE_MINUTES_NORMAL, in minutes (1–10080); null: not set here */
  responseMinutesNormal?: number | null | undefined;
  /** RESPONSE_MINUTES_URGENT, in minutes (1–10080); null: not set here */
  responseMinutesUrgent?: number | null | undefined;
  /** RETURN_VISIT_DAYS, in days (1–90); null: not set here */
  returnVisitDays?: number | null | undefined;
};

export type TrainingAttendanceInput = {
  passed?: boolean | null | undefined;
  /** Assessment score 0–100 */
  score?: number | null | undefined;
  /** Required; each person once */
  staffId?: string | number | null | undefined;
};

/** A lifecycle step of one request */
export type TransitionServiceRequestInput = {
  /** When it happened; defaults to now */
  at?: string | null | undefined;
  /** The version the caller saw; a newer one is a CONFLICT */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** Reason or remark; required to hold, reopen and cancel */
  note?: string | null | undefined;
};

/** Change an open action; fields left out keep their value */
export type UpdateCorrectiveActionInput = {
  action?: string | null | undefined;
  dueDate?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
  ownerId?: string | number | null | undefined;
  problem?: string | null | undefined;
  rootCause?: string | null | undefined;
  sourceReference?: string | null | undefined;
};

/** Fields left out keep their value */
export type UpdateInternalAuditInput = {
  /** Names (auditors may be external) */
  auditors?: Array<string> | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** Set once the audit took place */
  performedDate?: string | null | undefined;
  plannedDate?: string | null | undefined;
  /** A controlled document of type INTERNAL_AUDIT_REPORT */
  reportDocumentId?: string | number | null | undefined;
  scope?: string | null | undefined;
  title?: string | null | undefined;
};

/** What to change; a field left out keeps its value */
export type UpdateOrganisationSettingsInput = {
  /** Targets to clear, so they follow kpis.md again */
  clearTargets?: Array<TargetKey> | null | undefined;
  /** The settings version the caller saw */
  expectedVersion?: number | null | undefined;
  /** Targets to set; fields left out or null keep their value */
  targets?: TargetValuesInput | null | undefined;
  /** IANA time zone, e.g. Asia/Shanghai */
  timeZone?: string | null | undefined;
  workingCalendarEnabled?: boolean | null | undefined;
  /** The whole week, replacing the current hours */
  workingHours?: Array<WorkingDayInput> | null | undefined;
};

/** Fields left out keep their value; deactivate instead of deleting */
export type UpdateOutletInput = {
  active?: boolean | null | undefined;
  address?: string | null | undefined;
  city?: string | null | undefined;
  code?: string | null | undefined;
  /** The area served (districts, towns) */
  coverage?: string | null | undefined;
  /** The version the caller saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  kind?: OutletKind | null | undefined;
  name?: string | null | undefined;
  regionId?: string | number | null | undefined;
};

/** Fields left out keep their value; deactivate instead of deleting. Units keep the warranty end they were sold with. */
export type UpdateProductInput = {
  active?: boolean | null | undefined;
  category?: string | null | undefined;
  /** The version the caller saw */
  expectedVersion?: number | null | undefined;
  /** Needs certified handling (batteries, refrigerants, chemicals) */
  hazardous?: boolean | null | undefined;
  id: string | number;
  model?: string | null | undefined;
  name?: string | null | undefined;
  /** 三包 warranty in months (0–240) */
  warrantyMonths?: number | null | undefined;
};

/** Fields left out keep their value; outletIds, when given, replaces the list. Deactivate instead of deleting. */
export type UpdateStaffInput = {
  active?: boolean | null | undefined;
  /** The version the caller saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  login?: string | null | undefined;
  name?: string | null | undefined;
  /** The outlets this person works for */
  outletIds?: Array<string | number> | null | undefined;
  phone?: string | null | undefined;
  role?: StaffRole | null | undefined;
};

export type VisitOutcome =
  | 'CUSTOMER_ABSENT'
  | 'FIXED'
  | 'NEEDS_PARTS'
  | 'NOT_FIXED';

export type VisitPartInput = {
  /** Serial of the faulty part taken out */
  faultySerial?: string | null | undefined;
  /** Defaults to CONSUMED */
  movement?: VisitPartMovement | null | undefined;
  partId?: string | number | null | undefined;
  quantity?: number | null | undefined;
  /** Serial of the part fitted */
  replacementSerial?: string | null | undefined;
};

export type VisitPartMovement =
  | 'CONSUMED'
  | 'RECYCLED'
  | 'RETURNED';

export type WarrantyStatus =
  | 'IN_WARRANTY'
  | 'OUT_OF_WARRANTY'
  | 'UNKNOWN';

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

/** The working periods of one weekday; a weekday left out is not worked */
export type WorkingDayInput = {
  periods?: Array<WorkingPeriodInput> | null | undefined;
  weekday?: Weekday | null | undefined;
};

export type WorkingPeriodInput = {
  /** HH:MM (24:00 allowed) */
  end?: string | null | undefined;
  /** HH:MM */
  start?: string | null | undefined;
};

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { organisations: Array<{ id: string, code: string, name: string, timeZone: string }> };

export type ImportRecordsMutationVariables = Exact<{
  files: Array<ImportFileInput> | ImportFileInput;
  update?: boolean | null | undefined;
}>;


export type ImportRecordsMutation = { importRecords: { accepted: boolean, counts: Array<{ type: ImportRecordType, inserted: number, updated: number }>, problems: Array<{ file: string, row: number | null, column: string | null, code: string, message: string, severity: ImportProblemSeverity }> } };

export type AdminOutletsQueryVariables = Exact<{
  filter?: OutletFilter | null | undefined;
}>;


export type AdminOutletsQuery = { outlets: Array<{ id: string, code: string, name: string, kind: OutletKind, city: string, address: string | null, coverage: string | null, regionId: string | null, regionName: string | null, active: boolean, version: number }>, regions: Array<{ id: string, name: string }> };

export type CreateOutletMutationVariables = Exact<{
  input: CreateOutletInput;
}>;


export type CreateOutletMutation = { createOutlet: { id: string } };

export type UpdateOutletMutationVariables = Exact<{
  input: UpdateOutletInput;
}>;


export type UpdateOutletMutation = { updateOutlet: { id: string, version: number } };

export type AdminProductsQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
}>;


export type AdminProductsQuery = { products: Array<{ id: string, model: string, name: string, category: string, warrantyMonths: number, hazardous: boolean, active: boolean, version: number }> };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { id: string, version: number } };

export type AdminSparePartsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSparePartsQuery = { spareParts: Array<{ id: string, partNo: string, name: string, price: number, unitCost: number, stock: Array<{ outletId: string, outletCode: string, quantity: number }> }>, outlets: Array<{ id: string, code: string, name: string }> };

export type CreateSparePartMutationVariables = Exact<{
  input: CreateSparePartInput;
}>;


export type CreateSparePartMutation = { createSparePart: { id: string } };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { receiveStock: { id: string } };

export type AdminStaffQueryVariables = Exact<{
  includeInactive: boolean;
  from?: string | null | undefined;
}>;


export type AdminStaffQuery = { staff: Array<{ id: string, login: string, name: string, role: StaffRole, phone: string | null, outletIds: Array<string>, active: boolean, version: number, trainingHours: number, qualifications: Array<{ id: string, certificateTypeLabel: string, validToday: boolean }> }>, outlets: Array<{ id: string, code: string, name: string }> };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff: { id: string } };

export type UpdateStaffMutationVariables = Exact<{
  input: UpdateStaffInput;
}>;


export type UpdateStaffMutation = { updateStaff: { id: string, version: number } };

export type AdminQualificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminQualificationsQuery = { qualifications: { edges: Array<{ node: { id: string, certificateType: CertificateType, certificateTypeLabel: string, certificateNo: string, title: string | null, issuer: string, validFrom: string, validUntil: string | null, validToday: boolean, staff: { id: string, name: string, login: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateQualificationMutationVariables = Exact<{
  input: CreateQualificationInput;
}>;


export type CreateQualificationMutation = { createQualification: { id: string } };

export type AdminTrainingsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminTrainingsQuery = { trainings: { edges: Array<{ node: { id: string, course: string, date: string, hours: number, trainer: string | null, syllabus: string | null, attendeeCount: number, attendees: Array<{ passed: boolean | null, score: number | null, staff: { id: string, name: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type CreateTrainingMutation = { createTraining: { id: string } };

export type StaffOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffOptionsQuery = { staff: Array<{ id: string, login: string, name: string }> };

export type AdminSettingsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type AdminSettingsQuery = { organisationSettings: { timeZone: string, workingCalendarEnabled: boolean, version: number, targets: { responseMinutesUrgent: number | null, responseMinutesHigh: number | null, responseMinutesNormal: number | null, responseMinutesLow: number | null, arrivalHours: number | null, resolutionHours: number | null, returnVisitDays: number | null, repeatRepairWindowDays: number | null, complaintAcknowledgementHours: number | null, complaintResolutionHoursNormal: number | null, complaintResolutionHoursMajor: number | null }, targetsInForce: Array<{ key: TargetKey, value: number, unit: TargetUnit, source: TargetSource }>, outletTargets: Array<{ outletId: string, outletCode: string, version: number, targets: { responseMinutesUrgent: number | null, responseMinutesHigh: number | null, responseMinutesNormal: number | null, responseMinutesLow: number | null, arrivalHours: number | null, resolutionHours: number | null, returnVisitDays: number | null, repeatRepairWindowDays: number | null, complaintAcknowledgementHours: number | null, complaintResolutionHoursNormal: number | null, complaintResolutionHoursMajor: number | null } }> }, calendarDays: Array<{ date: string, kind: CalendarDayKind, name: string }>, outlets: Array<{ id: string, code: string, name: string }> };

export type UpdateOrganisationSettingsMutationVariables = Exact<{
  input: UpdateOrganisationSettingsInput;
}>;


export type UpdateOrganisationSettingsMutation = { updateOrganisationSettings: { version: number } };

export type SetOutletTargetsMutationVariables = Exact<{
  input: SetOutletTargetsInput;
}>;


export type SetOutletTargetsMutation = { setOutletTargets: { version: number } };

export type SetCalendarDaysMutationVariables = Exact<{
  input: SetCalendarDaysInput;
}>;


export type SetCalendarDaysMutation = { setCalendarDays: { version: number } };

export type AdminSurveyTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSurveyTemplatesQuery = { surveyTemplates: Array<{ id: string, code: string, name: string, version: number, active: boolean, createdAt: string, factors: Array<{ key: string, labelZh: string, labelEn: string, weight: number }> }> };

export type CreateSurveyTemplateMutationVariables = Exact<{
  input: CreateSurveyTemplateInput;
}>;


export type CreateSurveyTemplateMutation = { createSurveyTemplate: { id: string, version: number } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: Array<{ staffId: string, login: string, name: string, role: StaffRole, outletIds: Array<string>, active: boolean, hasLogin: boolean, lockedUntil: string | null, failedLogins: number, lastLoginAt: string | null, openSessions: number, version: number }>, outlets: Array<{ id: string, code: string, name: string, active: boolean }>, me: { id: string } };

export type GrantUserLoginMutationVariables = Exact<{
  input: GrantUserLoginInput;
}>;


export type GrantUserLoginMutation = { grantUserLogin: { staffId: string, version: number } };

export type UnlockUserAccountMutationVariables = Exact<{
  staffId: string | number;
}>;


export type UnlockUserAccountMutation = { unlockUserAccount: { staffId: string, lockedUntil: string | null } };

export type RevokeUserSessionsMutationVariables = Exact<{
  staffId: string | number;
}>;


export type RevokeUserSessionsMutation = { revokeUserSessions: number };

export type UpdateUserAccessMutationVariables = Exact<{
  input: UpdateStaffInput;
}>;


export type UpdateUserAccessMutation = { updateStaff: { id: string, role: StaffRole, active: boolean, version: number } };

export type AssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentsQuery = { assessments: Array<{ id: string, title: string | null, periodFrom: string, periodTo: string, catalogVersionNo: number, catalogLabel: string, status: AssessmentStatus, score: number | null, grade: ServiceGrade | null, gradeName: string | null, signedOffAt: string | null, signedOffBy: string | null }> };

export type AssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentQuery = { assessment: { id: string, title: string | null, periodFrom: string, periodTo: string, timeZone: string, catalogVersionNo: number, catalogLabel: string, sampleSeed: string, status: AssessmentStatus, evaluatedAt: string | null, score: number | null, grade: ServiceGrade | null, gradeName: string | null, applicablePoints: number, actualPoints: number, deductionPoints: number, bonusPoints: number, unassessed: Array<string>, version: number, signedOffAt: string | null, signedOffBy: string | null, specialBonus: string | null, exclusions: Array<{ key: string, reason: string }>, specialDeductions: Array<{ kind: SpecialDeductionKind, description: string, correctiveActionId: string | null }>, categories: Array<{ key: IndicatorCategoryKey, nameZh: string, nameEn: string, applicablePoints: number, actualPoints: number }>, indicators: Array<{ key: string, category: IndicatorCategoryKey, nameZh: string, nameEn: string, points: number, applicablePoints: number, actualPoints: number, evidenceCompleteness: { withEvidence: number, total: number, ratio: number | null }, criteria: Array<{ key: string, nameZh: string, nameEn: string, method: EvidenceMethod, points: number, status: CriterionScoreStatus, applicablePoints: number, actualPoints: number, acceptsJudgement: boolean, kpi: KpiKey | null, kpiStatistic: DurationStatistic | null, kpiValue: number | null, comparator: KpiComparator | null, threshold: number | null, documentType: EvidenceDocumentType | null, documentIds: Array<string>, recordType: SampleRecordType | null, populationSize: number | null, sampled: number | null, nonConforming: number | null, excluded: boolean, samples: Array<{ recordId: string, conforming: boolean, findings: Array<{ code: SampleFindingCode, message: string }> }>, judgement: { outcome: QualitativeOutcome, note: string | null, evidenceLinks: Array<string>, recordedAt: string } | null }> }> } };

export type AssessmentGapAnalysisQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentGapAnalysisQuery = { assessmentGapAnalysis: { score: number | null, grade: ServiceGrade | null, nextGrade: ServiceGrade | null, pointsToNextGrade: number | null, reachable: boolean, scoreWithFixes: number | null, summary: string, fixes: Array<{ criterionKey: string, indicatorKey: string, method: EvidenceMethod, lostPoints: number, fix: GapFixKind, reason: string, action: string }>, indicators: Array<{ key: string, category: IndicatorCategoryKey, applicablePoints: number, actualPoints: number, lostPoints: number, criteria: Array<{ criterionKey: string, method: EvidenceMethod, status: CriterionScoreStatus, lostPoints: number, fix: GapFixKind, reason: string, action: string }> }> } };

export type CreateAssessmentMutationVariables = Exact<{
  input: CreateAssessmentInput;
}>;


export type CreateAssessmentMutation = { createAssessment: { id: string } };

export type EvaluateAssessmentMutationVariables = Exact<{
  input: AssessmentChangeInput;
}>;


export type EvaluateAssessmentMutation = { evaluateAssessment: { id: string, version: number } };

export type RecordAssessmentJudgementMutationVariables = Exact<{
  input: RecordAssessmentJudgementInput;
}>;


export type RecordAssessmentJudgementMutation = { recordAssessmentJudgement: { id: string, version: number } };

export type ExcludeAssessmentItemMutationVariables = Exact<{
  input: ExcludeAssessmentItemInput;
}>;


export type ExcludeAssessmentItemMutation = { excludeAssessmentItem: { id: string, version: number } };

export type RemoveAssessmentExclusionMutationVariables = Exact<{
  input: RemoveAssessmentExclusionInput;
}>;


export type RemoveAssessmentExclusionMutation = { removeAssessmentExclusion: { id: string, version: number } };

export type AddSpecialDeductionMutationVariables = Exact<{
  input: AddSpecialDeductionInput;
}>;


export type AddSpecialDeductionMutation = { addSpecialDeduction: { id: string, version: number } };

export type RemoveSpecialDeductionMutationVariables = Exact<{
  input: RemoveSpecialDeductionInput;
}>;


export type RemoveSpecialDeductionMutation = { removeSpecialDeduction: { id: string, version: number } };

export type SetSpecialBonusMutationVariables = Exact<{
  input: SetSpecialBonusInput;
}>;


export type SetSpecialBonusMutation = { setSpecialBonus: { id: string, version: number } };

export type SignOffAssessmentMutationVariables = Exact<{
  input: SignOffAssessmentInput;
}>;


export type SignOffAssessmentMutation = { signOffAssessment: { id: string, version: number } };

export type IndicatorCatalogVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorCatalogVersionsQuery = { indicatorCatalogVersions: Array<{ id: string, versionNo: number, label: string, note: string | null, createdAt: string }> };

export type IndicatorCatalogVersionQueryVariables = Exact<{
  versionNo?: number | null | undefined;
}>;


export type IndicatorCatalogVersionQuery = { indicatorCatalogVersion: { id: string, versionNo: number, label: string, note: string | null, createdAt: string, categories: Array<{ key: IndicatorCategoryKey, nameZh: string, nameEn: string, points: number }>, indicators: Array<{ key: string, category: IndicatorCategoryKey, nameZh: string, nameEn: string, points: number, criteria: Array<{ key: string, nameZh: string, nameEn: string, points: number, method: EvidenceMethod, documentType: EvidenceDocumentType | null, kpi: KpiKey | null, statistic: DurationStatistic | null, comparator: KpiComparator | null, threshold: number | null, recordType: SampleRecordType | null, sampleSize: number | null, checks: Array<{ nameZh: string, nameEn: string }> }> }> } };

export type CreateIndicatorCatalogVersionMutationVariables = Exact<{
  input: CreateCatalogVersionInput;
}>;


export type CreateIndicatorCatalogVersionMutation = { createIndicatorCatalogVersion: { id: string, versionNo: number } };

export type ComplaintsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ComplaintFilter | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, category: string | null, severity: ComplaintSeverity, status: ComplaintStatus, statusLabel: string, escalationLevel: number, escalationLevelLabel: string, receivedAt: string, customer: { id: string, name: string, phone: string }, outlet: { id: string, name: string } | null, deadlines: { next: ComplaintDeadlineKind | null, dueAt: string | null, minutesLeft: number | null, minutesOverdue: number | null, overdue: boolean } } }> } };

export type ComplaintDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintDetailQuery = { complaint: { id: string, code: string, category: string | null, channel: Channel | null, severity: ComplaintSeverity, status: ComplaintStatus, statusLabel: string, escalationLevel: number, escalationLevelLabel: string, escalatedDeadlines: Array<ComplaintDeadlineKind>, description: string | null, resolution: string | null, customerAccepted: boolean | null, receivedAt: string, acknowledgedAt: string | null, closedAt: string | null, version: number, allowedCommands: Array<ComplaintCommand>, customer: { id: string, name: string, phone: string }, outlet: { id: string, name: string } | null, request: { id: string, code: string, status: RequestStatus } | null, deadlines: { ackDueAt: string, resolutionDueAt: string, acknowledgedInTime: boolean | null, closedInTime: boolean | null, next: ComplaintDeadlineKind | null, dueAt: string | null, minutesLeft: number | null, minutesOverdue: number | null, overdue: boolean }, events: Array<{ id: string, action: ComplaintAction, at: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, fromLevel: number | null, toLevel: number, escalationReason: ComplaintEscalationReason | null, deadline: ComplaintDeadlineKind | null, note: string | null, actor: { id: string, name: string } | null }> } | null };

export type AcknowledgeComplaintMutationVariables = Exact<{
  input: ComplaintStepInput;
}>;


export type AcknowledgeComplaintMutation = { acknowledgeComplaint: { id: string, status: ComplaintStatus, version: number, allowedCommands: Array<ComplaintCommand> } };

export type EscalateComplaintMutationVariables = Exact<{
  input: ComplaintStepInput;
}>;


export type EscalateComplaintMutation = { escalateComplaint: { id: string, escalationLevel: number, version: number, allowedCommands: Array<ComplaintCommand> } };

export type CloseComplaintMutationVariables = Exact<{
  input: CloseComplaintInput;
}>;


export type CloseComplaintMutation = { closeComplaint: { id: string, status: ComplaintStatus, version: number, allowedCommands: Array<ComplaintCommand> } };

export type CreateComplaintMutationVariables = Exact<{
  input: CreateComplaintInput;
}>;


export type CreateComplaintMutation = { createComplaint: { id: string, code: string, status: ComplaintStatus } };

export type ServiceRequestStatsQueryVariables = Exact<{
  filter?: ServiceRequestFilter | null | undefined;
}>;


export type ServiceRequestStatsQuery = { serviceRequestStats: { total: number, byStatus: Array<{ status: RequestStatus, count: number }>, byMonth: Array<{ month: string, count: number }> }, me: { id: string, role: StaffRole } };

export type KpiDashboardQueryVariables = Exact<{
  input: KpiDashboardInput;
}>;


export type KpiDashboardQuery = { kpiDashboard: { from: string, to: string, previousFrom: string | null, previousTo: string | null, cards: Array<{ key: KpiKey, value: number | null, population: number, unit: string, direction: string, target: number | null, duration: { p50: number | null, p90: number | null } | null, previous: { key: KpiKey, value: number | null, population: number } | null }>, trend: { dimension: KpiDimension, rows: Array<{ key: string | null, label: string | null, from: string | null, to: string | null, values: Array<{ key: KpiKey, value: number | null, population: number }> }> } } };

export type KpiBreakdownQueryVariables = Exact<{
  input: KpiBreakdownInput;
}>;


export type KpiBreakdownQuery = { kpiBreakdown: { dimension: KpiDimension, total: Array<{ key: KpiKey, value: number | null, population: number }>, rows: Array<{ key: string | null, label: string | null, values: Array<{ key: KpiKey, value: number | null, population: number }> }> } };

export type KpiRecordsQueryVariables = Exact<{
  input: KpiRecordsInput;
  first: number;
  after?: string | null | undefined;
}>;


export type KpiRecordsQuery = { kpiRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: string, id: string, code: string | null, at: string, value: number | null, target: number | null, counts: boolean | null, failing: boolean } }> } };

export type KpiFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiFilterOptionsQuery = { outlets: Array<{ id: string, name: string }>, products: Array<{ id: string, category: string }> };

export type KpiCatalogTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiCatalogTargetsQuery = { indicatorCatalogVersion: { versionNo: number, indicators: Array<{ criteria: Array<{ key: string, kpi: KpiKey | null, comparator: KpiComparator | null, statistic: DurationStatistic | null, threshold: number | null }> }> } };

export type PortalOrganisationQueryVariables = Exact<{
  orgCode: string;
}>;


export type PortalOrganisationQuery = { portalOrganisation: { code: string, name: string, today: string, products: Array<{ id: string, model: string, name: string }>, outlets: Array<{ id: string, name: string, city: string, address: string | null }> } };

export type SubmitPortalRequestMutationVariables = Exact<{
  orgCode: string;
  input: SubmitPortalRequestInput;
}>;


export type SubmitPortalRequestMutation = { submitPortalRequest: { code: string, status: RequestStatus, statusLabel: string } };

export type TrackPortalRequestQueryVariables = Exact<{
  orgCode: string;
  code: string;
  phone: string;
}>;


export type TrackPortalRequestQuery = { trackPortalRequest: { code: string, type: ServiceType, status: RequestStatus, statusLabel: string, reportedAt: string, product: string, technicianName: string | null, appointment: { from: string, to: string } | null, timeline: Array<{ at: string, status: RequestStatus, label: string }> } };

export type PortalDocumentsQueryVariables = Exact<{
  orgCode: string;
  types?: Array<PublishedDocumentType> | PublishedDocumentType | null | undefined;
}>;


export type PortalDocumentsQuery = { portalDocuments: Array<{ id: string, type: PublishedDocumentType, code: string, title: string, version: string, publishedAt: string | null, body: string | null, downloadUrl: string | null }> };

export type SurveyByTokenQueryVariables = Exact<{
  token: string;
}>;


export type SurveyByTokenQuery = { surveyByToken: { state: SurveyLinkState, message: string, organisationName: string | null, requestCode: string | null, expiresAt: string | null, questions: { name: string, overallMin: number, overallMax: number, recommendMin: number, recommendMax: number, commentMaxLength: number, factors: Array<{ key: string, label: string }> } | null } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  token: string;
  answers: SurveyAnswersInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { state: SurveyLinkState, message: string } };

export type EvidencePackagesQueryVariables = Exact<{
  first: number;
}>;


export type EvidencePackagesQuery = { evidencePackages: Array<{ id: string, status: EvidencePackageStatus, periodFrom: string, periodTo: string, assessmentId: string | null, revealPersonalInformation: boolean, progressDone: number, progressTotal: number, stage: string | null, fileName: string | null, sizeBytes: number | null, sha256: string | null, keyFingerprint: string | null, errorCode: string | null, downloadUrl: string | null, requestedBy: string, createdAt: string, finishedAt: string | null }> };

export type EvidenceAssessmentChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceAssessmentChoicesQuery = { assessments: Array<{ id: string, title: string | null, periodFrom: string, periodTo: string, status: AssessmentStatus, score: number | null, gradeName: string | null }> };

export type StartEvidencePackageMutationVariables = Exact<{
  input: StartEvidencePackageInput;
}>;


export type StartEvidencePackageMutation = { startEvidencePackage: { id: string, status: EvidencePackageStatus } };

export type ControlledDocumentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ControlledDocumentFilter | null | undefined;
}>;


export type ControlledDocumentsQuery = { controlledDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, seriesId: string, supersedesId: string | null, documentType: ControlledDocumentType, title: string, versionLabel: string, status: ControlledDocumentStatus, inForce: boolean, published: boolean, effectiveFrom: string | null, effectiveTo: string | null, approvedAt: string | null, version: number, author: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, file: { attachmentId: string, fileName: string, sha256: string, size: number, downloadUrl: string } | null } }> } };

export type CreateControlledDocumentMutationVariables = Exact<{
  input: CreateControlledDocumentInput;
}>;


export type CreateControlledDocumentMutation = { createControlledDocument: { id: string, version: number } };

export type AttachControlledDocumentFileMutationVariables = Exact<{
  input: AttachControlledDocumentFileInput;
}>;


export type AttachControlledDocumentFileMutation = { attachControlledDocumentFile: { id: string, version: number } };

export type ApproveControlledDocumentMutationVariables = Exact<{
  input: ApproveControlledDocumentInput;
}>;


export type ApproveControlledDocumentMutation = { approveControlledDocument: { id: string, status: ControlledDocumentStatus, version: number } };

export type SupersedeControlledDocumentMutationVariables = Exact<{
  input: SupersedeControlledDocumentInput;
}>;


export type SupersedeControlledDocumentMutation = { supersedeControlledDocument: { id: string, version: number } };

export type StaffChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffChoicesQuery = { staff: Array<{ id: string, login: string, name: string }> };

export type CorrectiveActionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CorrectiveActionFilter | null | undefined;
}>;


export type CorrectiveActionsQuery = { correctiveActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, source: CorrectiveActionSource, sourceReference: string | null, problem: string, rootCause: string | null, action: string | null, dueDate: string, status: CorrectiveActionStatus, overdue: boolean, completedOn: string | null, effectivenessResult: EffectivenessResult | null, effectivenessCheckedOn: string | null, effectivenessNote: string | null, version: number, owner: { id: string, name: string } } }> } };

export type CreateCorrectiveActionMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type CreateCorrectiveActionMutation = { createCorrectiveAction: { id: string } };

export type UpdateCorrectiveActionMutationVariables = Exact<{
  input: UpdateCorrectiveActionInput;
}>;


export type UpdateCorrectiveActionMutation = { updateCorrectiveAction: { id: string, version: number } };

export type CompleteCorrectiveActionMutationVariables = Exact<{
  input: CompleteCorrectiveActionInput;
}>;


export type CompleteCorrectiveActionMutation = { completeCorrectiveAction: { id: string, status: CorrectiveActionStatus, version: number } };

export type RecordEffectivenessCheckMutationVariables = Exact<{
  input: RecordEffectivenessCheckInput;
}>;


export type RecordEffectivenessCheckMutation = { recordEffectivenessCheck: { id: string, status: CorrectiveActionStatus, version: number } };

export type InternalAuditsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type InternalAuditsQuery = { internalAudits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, plannedDate: string, performedDate: string | null, status: InternalAuditStatus, scope: string, auditors: Array<string>, version: number, reportDocument: { id: string, title: string, versionLabel: string } | null, findings: Array<{ id: string, clause: string | null, description: string, severity: AuditFindingSeverity, needsCorrectiveAction: boolean, correctiveActionId: string | null, correctiveActionStatus: CorrectiveActionStatus | null }> } }> } };

export type CreateInternalAuditMutationVariables = Exact<{
  input: CreateInternalAuditInput;
}>;


export type CreateInternalAuditMutation = { createInternalAudit: { id: string } };

export type AddAuditFindingMutationVariables = Exact<{
  input: AddAuditFindingInput;
}>;


export type AddAuditFindingMutation = { addAuditFinding: { id: string, version: number } };

export type ManagementReviewsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ManagementReviewsQuery = { managementReviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, reviewDate: string, chair: string | null, attendees: Array<string>, inputs: string, decisions: string | null, version: number, reportDocument: { id: string, title: string, versionLabel: string } | null } }> } };

export type CreateManagementReviewMutationVariables = Exact<{
  input: CreateManagementReviewInput;
}>;


export type CreateManagementReviewMutation = { createManagementReview: { id: string } };

export type ChangeNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ChangeNotificationsQuery = { changeNotifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ChangeNotificationKind, description: string, occurredOn: string, deadline: string, state: ChangeNotificationState, certificationBody: string | null, notifiedOn: string | null, notificationReference: string | null, version: number } }> } };

export type CreateChangeNotificationMutationVariables = Exact<{
  input: CreateChangeNotificationInput;
}>;


export type CreateChangeNotificationMutation = { createChangeNotification: { id: string } };

export type RecordNotificationSentMutationVariables = Exact<{
  input: RecordNotificationSentInput;
}>;


export type RecordNotificationSentMutation = { recordNotificationSent: { id: string, state: ChangeNotificationState, version: number } };

export type EnterpriseProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseProfileQuery = { enterpriseProfile: { id: string, legalName: string, licenceNumber: string | null, creditCode: string | null, legalRepresentative: string, authorisedContact: string | null, contactPhone: string | null, contactEmail: string | null, address: string | null, foundedOn: string | null, history: string | null, productsAndScope: string | null, staffCount: number | null, outletCount: number | null, updatedAt: string, version: number } | null };

export type SaveEnterpriseProfileMutationVariables = Exact<{
  input: SaveEnterpriseProfileInput;
}>;


export type SaveEnterpriseProfileMutation = { saveEnterpriseProfile: { id: string, version: number, updatedAt: string } };

export type UpdateInternalAuditMutationVariables = Exact<{
  input: UpdateInternalAuditInput;
}>;


export type UpdateInternalAuditMutation = { updateInternalAudit: { id: string, status: InternalAuditStatus, version: number } };

export type ReturnVisitsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ReturnVisitFilter | null | undefined;
}>;


export type ReturnVisitsQuery = { returnVisits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, requestId: string, requestCode: string, customerName: string, customerPhone: string, outletName: string, closedAt: string, dueAt: string, nextAttemptAt: string | null, status: ReturnVisitStatus, statusLabel: string, attemptCount: number, outcome: ReturnVisitOutcome | null, outcomeLabel: string | null, rating: number | null, version: number, staff: { id: string, name: string } | null } }> } };

export type RecordReturnVisitAttemptMutationVariables = Exact<{
  input: RecordReturnVisitAttemptInput;
}>;


export type RecordReturnVisitAttemptMutation = { recordReturnVisitAttempt: { id: string, status: ReturnVisitStatus, statusLabel: string, attemptCount: number, outcome: ReturnVisitOutcome | null, outcomeLabel: string | null, rating: number | null, version: number, nextAttemptAt: string | null } };

export type CreateServiceRequestMutationVariables = Exact<{
  input: CreateServiceRequestInput;
}>;


export type CreateServiceRequestMutation = { createServiceRequest: { id: string, code: string, status: RequestStatus, reportedAt: string } };

export type CustomerByPhoneQueryVariables = Exact<{
  phone: string;
}>;


export type CustomerByPhoneQuery = { customers: { edges: Array<{ node: { id: string, name: string, phone: string, address: string | null } }> } };

export type UnitsBySerialQueryVariables = Exact<{
  serialNo: string;
}>;


export type UnitsBySerialQuery = { productUnits: { edges: Array<{ node: { id: string, serialNo: string, purchaseDate: string | null, warrantyEnd: string | null, warrantyStatus: WarrantyStatus, product: { id: string, model: string, name: string }, customer: { id: string, name: string, phone: string } | null } }> } };

export type OpenRequestsMatchingQueryVariables = Exact<{
  search: string;
}>;


export type OpenRequestsMatchingQuery = { serviceRequests: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: RequestStatus, reportedAt: string, serialNo: string | null, customer: { id: string, name: string, phone: string }, product: { id: string, model: string } } }> } };

export type OutletsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutletsQuery = { outlets: Array<{ id: string, code: string, name: string, kind: OutletKind, city: string, regionName: string | null }> };

export type ProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsQuery = { products: Array<{ id: string, model: string, name: string, category: string, warrantyMonths: number }> };

export type ServiceRequestDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceRequestDetailQuery = { serviceRequest: { id: string, code: string, type: ServiceType, channel: Channel, priority: Priority, status: RequestStatus, statusLabel: string, warrantyStatus: WarrantyStatus, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, closedAt: string | null, cancelledAt: string | null, serialNo: string | null, faultDescription: string | null, reopenCount: number, version: number, allowedCommands: Array<RequestCommand>, customer: { id: string, name: string, phone: string, address: string | null }, product: { id: string, model: string, name: string }, outlet: { id: string, name: string, code: string }, technician: { id: string, name: string, login: string } | null, deadlines: { response: { dueAt: string, state: DeadlineState, minutesLeft: number | null, minutesLate: number | null } | null, arrival: { dueAt: string, state: DeadlineState, minutesLeft: number | null, minutesLate: number | null } | null, resolution: { dueAt: string, state: DeadlineState, minutesLeft: number | null, minutesLate: number | null } | null }, events: Array<{ id: string, at: string, fromStatus: RequestStatus | null, toStatus: RequestStatus, note: string | null, imported: boolean, actor: { id: string, name: string } | null }>, visits: Array<{ id: string, seq: number, arrivedAt: string, completedAt: string | null, outcome: VisitOutcome, diagnosis: string | null, actions: string | null, confirmedBy: string | null, customerFeedback: string | null, technician: { id: string, name: string }, parts: Array<{ partId: string, partNo: string, partName: string, quantity: number, movement: VisitPartMovement, chargedAmount: number }>, attachments: Array<{ id: string, fileName: string, mediaType: string, purpose: AttachmentPurpose, size: number, downloadUrl: string, uploadedAt: string }> }>, attachments: Array<{ id: string, fileName: string, mediaType: string, purpose: AttachmentPurpose, size: number, downloadUrl: string, uploadedAt: string }>, returnVisits: Array<{ id: string, status: ReturnVisitStatus, statusLabel: string, dueAt: string, rating: number | null }>, surveyInvitations: Array<{ id: string, sentAt: string, expiresAt: string, answeredAt: string | null, state: SurveyLinkState }>, surveyResponses: Array<{ id: string, overall: number, recommend: number | null, comment: string | null, source: SurveyResponseSource, submittedAt: string }> } | null };

export type TechniciansQueryVariables = Exact<{
  outletId?: string | number | null | undefined;
}>;


export type TechniciansQuery = { staff: Array<{ id: string, name: string, login: string, phone: string | null, outletIds: Array<string> }> };

export type AcknowledgeServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type AcknowledgeServiceRequestMutation = { acknowledgeServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type DispatchServiceRequestMutationVariables = Exact<{
  input: DispatchServiceRequestInput;
}>;


export type DispatchServiceRequestMutation = { dispatchServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type StartServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type StartServiceRequestMutation = { startServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type HoldServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type HoldServiceRequestMutation = { holdServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type ResumeServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type ResumeServiceRequestMutation = { resumeServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type ResolveServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type ResolveServiceRequestMutation = { resolveServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type CloseServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type CloseServiceRequestMutation = { closeServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type ReopenServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type ReopenServiceRequestMutation = { reopenServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type CancelServiceRequestMutationVariables = Exact<{
  input: TransitionServiceRequestInput;
}>;


export type CancelServiceRequestMutation = { cancelServiceRequest: { id: string, status: RequestStatus, version: number, allowedCommands: Array<RequestCommand> } };

export type ServiceRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ServiceRequestFilter | null | undefined;
}>;


export type ServiceRequestsQuery = { serviceRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, type: ServiceType, channel: Channel, priority: Priority, status: RequestStatus, warrantyStatus: WarrantyStatus, reportedAt: string, serialNo: string | null, customer: { id: string, name: string, phone: string }, product: { id: string, model: string, name: string }, outlet: { id: string, name: string }, technician: { id: string, name: string } | null } }> } };

export type CreateSurveyInvitationMutationVariables = Exact<{
  input: CreateSurveyInvitationInput;
}>;


export type CreateSurveyInvitationMutation = { createSurveyInvitation: { token: string, path: string, invitation: { id: string, requestId: string, sentAt: string, expiresAt: string, answeredAt: string | null, state: SurveyLinkState } } };

export type MyJobsQueryVariables = Exact<{
  technicianId: string | number;
}>;


export type MyJobsQuery = { serviceRequests: { totalCount: number, edges: Array<{ node: { id: string, code: string, type: ServiceType, priority: Priority, status: RequestStatus, reportedAt: string, faultDescription: string | null, customer: { id: string, name: string, phone: string, address: string | null }, product: { id: string, model: string, name: string }, deadlines: { arrival: { dueAt: string, state: DeadlineState, minutesLeft: number | null, minutesLate: number | null } | null } } }> } };

export type SparePartsQueryVariables = Exact<{ [key: string]: never; }>;


export type SparePartsQuery = { spareParts: Array<{ id: string, partNo: string, name: string, price: number, stock: Array<{ outletId: string, quantity: number }> }> };

export type RecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type RecordVisitMutation = { recordVisit: { id: string, seq: number, outcome: VisitOutcome, requestId: string } };


export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const ImportRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRecordsMutation, ImportRecordsMutationVariables>;
export const AdminOutletsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOutlets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutletFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminOutletsQuery, AdminOutletsQueryVariables>;
export const CreateOutletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOutlet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOutletInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOutlet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOutletMutation, CreateOutletMutationVariables>;
export const UpdateOutletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOutlet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutletInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutlet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOutletMutation, UpdateOutletMutationVariables>;
export const AdminProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"hazardous"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminProductsQuery, AdminProductsQueryVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const AdminSparePartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSpareParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spareParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outletId"}},{"kind":"Field","name":{"kind":"Name","value":"outletCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminSparePartsQuery, AdminSparePartsQueryVariables>;
export const CreateSparePartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSparePart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSparePartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSparePart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSparePartMutation, CreateSparePartMutationVariables>;
export const ReceiveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const AdminStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"outletIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validToday"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminStaffQuery, AdminStaffQueryVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const UpdateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const AdminQualificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminQualifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateType"}},{"kind":"Field","name":{"kind":"Name","value":"certificateTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validToday"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminQualificationsQuery, AdminQualificationsQueryVariables>;
export const CreateQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateQualificationMutation, CreateQualificationMutationVariables>;
export const AdminTrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTrainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"syllabus"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminTrainingsQuery, AdminTrainingsQueryVariables>;
export const CreateTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingMutation, CreateTrainingMutationVariables>;
export const StaffOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffOptionsQuery, StaffOptionsQueryVariables>;
export const AdminSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"workingCalendarEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutesUrgent"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutesHigh"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutesNormal"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutesLow"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"returnVisitDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRepairWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintAcknowledgementHours"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolutionHoursNormal"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolutionHoursMajor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetsInForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outletTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outletId"}},{"kind":"Field","name":{"kind":"Name","value":"outletCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutesUrgent"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutesHigh"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutesNormal"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutesLow"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"returnVisitDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRepairWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintAcknowledgementHours"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolutionHoursNormal"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolutionHoursMajor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendarDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminSettingsQuery, AdminSettingsQueryVariables>;
export const UpdateOrganisationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationSettingsMutation, UpdateOrganisationSettingsMutationVariables>;
export const SetOutletTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOutletTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOutletTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOutletTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetOutletTargetsMutation, SetOutletTargetsMutationVariables>;
export const SetCalendarDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCalendarDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetCalendarDaysMutation, SetCalendarDaysMutationVariables>;
export const AdminSurveyTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSurveyTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSurveyTemplatesQuery, AdminSurveyTemplatesQueryVariables>;
export const CreateSurveyTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurveyTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurveyTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyTemplateMutation, CreateSurveyTemplateMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"outletIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"failedLogins"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"openSessions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const GrantUserLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantUserLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantUserLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantUserLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<GrantUserLoginMutation, GrantUserLoginMutationVariables>;
export const UnlockUserAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUserAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUserAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]}}]} as unknown as DocumentNode<UnlockUserAccountMutation, UnlockUserAccountMutationVariables>;
export const RevokeUserSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}]}]}}]} as unknown as DocumentNode<RevokeUserSessionsMutation, RevokeUserSessionsMutationVariables>;
export const UpdateUserAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateUserAccessMutation, UpdateUserAccessMutationVariables>;
export const AssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"catalogLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}}]}}]}}]} as unknown as DocumentNode<AssessmentsQuery, AssessmentsQueryVariables>;
export const AssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"catalogLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSeed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"Field","name":{"kind":"Name","value":"applicablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"actualPoints"}},{"kind":"Field","name":{"kind":"Name","value":"deductionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unassessed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"specialBonus"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialDeductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"applicablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"actualPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"applicablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"actualPoints"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCompleteness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"actualPoints"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsJudgement"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"kpiStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"kpiValue"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"nonConforming"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"conforming"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentQuery, AssessmentQueryVariables>;
export const AssessmentGapAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentGapAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentGapAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"nextGrade"}},{"kind":"Field","name":{"kind":"Name","value":"pointsToNextGrade"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"scoreWithFixes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"fixes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"lostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"applicablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"actualPoints"}},{"kind":"Field","name":{"kind":"Name","value":"lostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentGapAnalysisQuery, AssessmentGapAnalysisQueryVariables>;
export const CreateAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAssessmentMutation, CreateAssessmentMutationVariables>;
export const EvaluateAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EvaluateAssessmentMutation, EvaluateAssessmentMutationVariables>;
export const RecordAssessmentJudgementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessmentJudgement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentJudgementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessmentJudgement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentJudgementMutation, RecordAssessmentJudgementMutationVariables>;
export const ExcludeAssessmentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExcludeAssessmentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExcludeAssessmentItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excludeAssessmentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ExcludeAssessmentItemMutation, ExcludeAssessmentItemMutationVariables>;
export const RemoveAssessmentExclusionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAssessmentExclusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAssessmentExclusionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAssessmentExclusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveAssessmentExclusionMutation, RemoveAssessmentExclusionMutationVariables>;
export const AddSpecialDeductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSpecialDeduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSpecialDeductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSpecialDeduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddSpecialDeductionMutation, AddSpecialDeductionMutationVariables>;
export const RemoveSpecialDeductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSpecialDeduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSpecialDeductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSpecialDeduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveSpecialDeductionMutation, RemoveSpecialDeductionMutationVariables>;
export const SetSpecialBonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSpecialBonus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSpecialBonusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSpecialBonus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetSpecialBonusMutation, SetSpecialBonusMutationVariables>;
export const SignOffAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SignOffAssessmentMutation, SignOffAssessmentMutationVariables>;
export const IndicatorCatalogVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCatalogVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<IndicatorCatalogVersionsQuery, IndicatorCatalogVersionsQueryVariables>;
export const IndicatorCatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionNo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorCatalogVersionQuery, IndicatorCatalogVersionQueryVariables>;
export const CreateIndicatorCatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicatorCatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCatalogVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicatorCatalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]} as unknown as DocumentNode<CreateIndicatorCatalogVersionMutation, CreateIndicatorCatalogVersionMutationVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const ComplaintDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedDeadlines"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"customerAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"closedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintDetailQuery, ComplaintDetailQueryVariables>;
export const AcknowledgeComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeComplaintMutation, AcknowledgeComplaintMutationVariables>;
export const EscalateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<EscalateComplaintMutation, EscalateComplaintMutationVariables>;
export const CloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const CreateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateComplaintMutation, CreateComplaintMutationVariables>;
export const ServiceRequestStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequestStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestStatsQuery, ServiceRequestStatsQueryVariables>;
export const KpiDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDashboardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"duration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiDashboardQuery, KpiDashboardQueryVariables>;
export const KpiBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiBreakdownInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiBreakdownQuery, KpiBreakdownQueryVariables>;
export const KpiRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRecordsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiRecordsQuery, KpiRecordsQueryVariables>;
export const KpiFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<KpiFilterOptionsQuery, KpiFilterOptionsQueryVariables>;
export const KpiCatalogTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiCatalogTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiCatalogTargetsQuery, KpiCatalogTargetsQueryVariables>;
export const PortalOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<PortalOrganisationQuery, PortalOrganisationQueryVariables>;
export const SubmitPortalRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPortalRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPortalRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPortalRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]} as unknown as DocumentNode<SubmitPortalRequestMutation, SubmitPortalRequestMutationVariables>;
export const TrackPortalRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackPortalRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackPortalRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<TrackPortalRequestQuery, TrackPortalRequestQueryVariables>;
export const PortalDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedDocumentType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<PortalDocumentsQuery, PortalDocumentsQueryVariables>;
export const SurveyByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"requestCode"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overallMin"}},{"kind":"Field","name":{"kind":"Name","value":"overallMax"}},{"kind":"Field","name":{"kind":"Name","value":"recommendMin"}},{"kind":"Field","name":{"kind":"Name","value":"recommendMax"}},{"kind":"Field","name":{"kind":"Name","value":"commentMaxLength"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyByTokenQuery, SurveyByTokenQueryVariables>;
export const SubmitSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const EvidencePackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidencePackages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidencePackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"revealPersonalInformation"}},{"kind":"Field","name":{"kind":"Name","value":"progressDone"}},{"kind":"Field","name":{"kind":"Name","value":"progressTotal"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"keyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<EvidencePackagesQuery, EvidencePackagesQueryVariables>;
export const EvidenceAssessmentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceAssessmentChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}}]}}]}}]} as unknown as DocumentNode<EvidenceAssessmentChoicesQuery, EvidenceAssessmentChoicesQueryVariables>;
export const StartEvidencePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEvidencePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEvidencePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEvidencePackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartEvidencePackageMutation, StartEvidencePackageMutationVariables>;
export const ControlledDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ControlledDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ControlledDocumentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlledDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ControlledDocumentsQuery, ControlledDocumentsQueryVariables>;
export const CreateControlledDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateControlledDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateControlledDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createControlledDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateControlledDocumentMutation, CreateControlledDocumentMutationVariables>;
export const AttachControlledDocumentFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachControlledDocumentFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachControlledDocumentFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachControlledDocumentFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AttachControlledDocumentFileMutation, AttachControlledDocumentFileMutationVariables>;
export const ApproveControlledDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveControlledDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveControlledDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveControlledDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApproveControlledDocumentMutation, ApproveControlledDocumentMutationVariables>;
export const SupersedeControlledDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupersedeControlledDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupersedeControlledDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supersedeControlledDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SupersedeControlledDocumentMutation, SupersedeControlledDocumentMutationVariables>;
export const StaffChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffChoicesQuery, StaffChoicesQueryVariables>;
export const CorrectiveActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectiveActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectiveActionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessResult"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorrectiveActionsQuery, CorrectiveActionsQueryVariables>;
export const CreateCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCorrectiveActionMutation, CreateCorrectiveActionMutationVariables>;
export const UpdateCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCorrectiveActionMutation, UpdateCorrectiveActionMutationVariables>;
export const CompleteCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteCorrectiveActionMutation, CompleteCorrectiveActionMutationVariables>;
export const RecordEffectivenessCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEffectivenessCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEffectivenessCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEffectivenessCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordEffectivenessCheckMutation, RecordEffectivenessCheckMutationVariables>;
export const InternalAuditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternalAudits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"performedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"needsCorrectiveAction"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActionId"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActionStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InternalAuditsQuery, InternalAuditsQueryVariables>;
export const CreateInternalAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInternalAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInternalAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInternalAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInternalAuditMutation, CreateInternalAuditMutationVariables>;
export const AddAuditFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAuditFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAuditFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAuditFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddAuditFindingMutation, AddAuditFindingMutationVariables>;
export const ManagementReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagementReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managementReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagementReviewsQuery, ManagementReviewsQueryVariables>;
export const CreateManagementReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateManagementReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateManagementReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManagementReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateManagementReviewMutation, CreateManagementReviewMutationVariables>;
export const ChangeNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"certificationBody"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notificationReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeNotificationsQuery, ChangeNotificationsQueryVariables>;
export const CreateChangeNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChangeNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChangeNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChangeNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateChangeNotificationMutation, CreateChangeNotificationMutationVariables>;
export const RecordNotificationSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNotificationSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotificationSentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordNotificationSentMutation, RecordNotificationSentMutationVariables>;
export const EnterpriseProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedContact"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"history"}},{"kind":"Field","name":{"kind":"Name","value":"productsAndScope"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"outletCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EnterpriseProfileQuery, EnterpriseProfileQueryVariables>;
export const SaveEnterpriseProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEnterpriseProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEnterpriseProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEnterpriseProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SaveEnterpriseProfileMutation, SaveEnterpriseProfileMutationVariables>;
export const UpdateInternalAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInternalAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInternalAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInternalAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInternalAuditMutation, UpdateInternalAuditMutationVariables>;
export const ReturnVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReturnVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnVisitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestCode"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"outletName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReturnVisitsQuery, ReturnVisitsQueryVariables>;
export const RecordReturnVisitAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReturnVisitAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReturnVisitAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReturnVisitAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<RecordReturnVisitAttemptMutation, RecordReturnVisitAttemptMutationVariables>;
export const CreateServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<CreateServiceRequestMutation, CreateServiceRequestMutationVariables>;
export const CustomerByPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerByPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerByPhoneQuery, CustomerByPhoneQueryVariables>;
export const UnitsBySerialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsBySerial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"serialNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEnd"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsBySerialQuery, UnitsBySerialQueryVariables>;
export const OpenRequestsMatchingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenRequestsMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"},{"kind":"EnumValue","value":"ACKNOWLEDGED"},{"kind":"EnumValue","value":"DISPATCHED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"ON_HOLD"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenRequestsMatchingQuery, OpenRequestsMatchingQueryVariables>;
export const OutletsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}}]} as unknown as DocumentNode<OutletsQuery, OutletsQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyMonths"}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const ServiceRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"faultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"partNo"}},{"kind":"Field","name":{"kind":"Name","value":"partName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"chargedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"recommend"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceRequestDetailQuery, ServiceRequestDetailQueryVariables>;
export const TechniciansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Technicians"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outletId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TECHNICIAN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"outletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outletId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"outletIds"}}]}}]}}]} as unknown as DocumentNode<TechniciansQuery, TechniciansQueryVariables>;
export const AcknowledgeServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeServiceRequestMutation, AcknowledgeServiceRequestMutationVariables>;
export const DispatchServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<DispatchServiceRequestMutation, DispatchServiceRequestMutationVariables>;
export const StartServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<StartServiceRequestMutation, StartServiceRequestMutationVariables>;
export const HoldServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<HoldServiceRequestMutation, HoldServiceRequestMutationVariables>;
export const ResumeServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<ResumeServiceRequestMutation, ResumeServiceRequestMutationVariables>;
export const ResolveServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<ResolveServiceRequestMutation, ResolveServiceRequestMutationVariables>;
export const CloseServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<CloseServiceRequestMutation, CloseServiceRequestMutationVariables>;
export const ReopenServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<ReopenServiceRequestMutation, ReopenServiceRequestMutationVariables>;
export const CancelServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<CancelServiceRequestMutation, CancelServiceRequestMutationVariables>;
export const ServiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceRequestsQuery, ServiceRequestsQueryVariables>;
export const CreateSurveyInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurveyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurveyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSurveyInvitationMutation, CreateSurveyInvitationMutationVariables>;
export const MyJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technicianId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"technicianIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"technicianId"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISPATCHED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"ON_HOLD"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"faultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLate"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyJobsQuery, MyJobsQueryVariables>;
export const SparePartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpareParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spareParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outletId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<SparePartsQuery, SparePartsQueryVariables>;
export const RecordVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;