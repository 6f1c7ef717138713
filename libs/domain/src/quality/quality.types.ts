import type { Locale } from '../common/field-error';
import type { EvidenceDocumentType } from '../gbt27922/indicator-catalog.types';

/**
 * Quality-management registers (质量管理记录): controlled documents, corrective actions, internal
 * audits, management reviews, change notifications to the certification body and the enterprise
 * profile — what `gbt27922.md` ("What an audit asks the enterprise to show", "Obligations after
 * certification") asks an enterprise to keep and show.
 */

type Label = Record<Locale, string>;

/** A version of a controlled document: written, approved (then in force from a day), superseded by the next. */
export const DOCUMENT_STATUSES = ['DRAFT', 'APPROVED', 'SUPERSEDED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** The only types the customer portal may show; `published` is refused on any other type. */
export const CUSTOMER_FACING_DOCUMENT_TYPES: readonly EvidenceDocumentType[] = ['FAQ', 'PRODUCT_MANUAL'];

export const isCustomerFacingDocumentType = (type: EvidenceDocumentType): boolean => CUSTOMER_FACING_DOCUMENT_TYPES.includes(type);

export const CORRECTIVE_ACTION_SOURCES = ['COMPLAINT', 'AUDIT_FINDING', 'KPI_BELOW_TARGET', 'OTHER'] as const;
export type CorrectiveActionSource = (typeof CORRECTIVE_ACTION_SOURCES)[number];

/** OPEN until the action is taken; CLOSED only after a check found it effective. */
export const CORRECTIVE_ACTION_STATUSES = ['OPEN', 'ACTION_TAKEN', 'CLOSED'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

export const EFFECTIVENESS_RESULTS = ['EFFECTIVE', 'NOT_EFFECTIVE'] as const;
export type EffectivenessResult = (typeof EFFECTIVENESS_RESULTS)[number];

export const AUDIT_FINDING_SEVERITIES = ['MAJOR', 'MINOR', 'OBSERVATION'] as const;
export type AuditFindingSeverity = (typeof AUDIT_FINDING_SEVERITIES)[number];

export const INTERNAL_AUDIT_STATUSES = ['PLANNED', 'COMPLETED'] as const;
export type InternalAuditStatus = (typeof INTERNAL_AUDIT_STATUSES)[number];

/**
 * What a certified enterprise must tell its certification body (gbt27922.md, "Obligations after
 * certification"): three kinds of event and the changes of the enterprise itself. A change of name
 * or address is a change of legal status; opening or closing outlets is a change of service sites.
 */
export const CHANGE_NOTIFICATION_KINDS = [
  'MAJOR_COMPLAINT',
  'REGULATORY_FINDING',
  'MAJOR_INCIDENT',
  'LEGAL_STATUS',
  'OWNERSHIP',
  'ORGANISATION',
  'LICENCE',
  'LEGAL_REPRESENTATIVE',
  'AUTHORISED_PERSON',
  'SERVICE_SITES',
  'SCOPE',
  'SERVICE_PROCESS',
] as const;
export type ChangeNotificationKind = (typeof CHANGE_NOTIFICATION_KINDS)[number];

export const CHANGE_NOTIFICATION_STATES = ['PENDING', 'OVERDUE', 'NOTIFIED', 'NOTIFIED_LATE'] as const;
export type ChangeNotificationState = (typeof CHANGE_NOTIFICATION_STATES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, Label> = {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  APPROVED: { 'zh-CN': '已批准', en: 'Approved' },
  SUPERSEDED: { 'zh-CN': '已替代', en: 'Superseded' },
};

export const CORRECTIVE_ACTION_SOURCE_LABELS: Record<CorrectiveActionSource, Label> = {
  COMPLAINT: { 'zh-CN': '客户投诉', en: 'Complaint' },
  AUDIT_FINDING: { 'zh-CN': '审核发现', en: 'Audit finding' },
  KPI_BELOW_TARGET: { 'zh-CN': '指标未达标', en: 'KPI below target' },
  OTHER: { 'zh-CN': '其他', en: 'Other' },
};

export const CHANGE_NOTIFICATION_KIND_LABELS: Record<ChangeNotificationKind, Label> = {
  MAJOR_COMPLAINT: { 'zh-CN': '重大顾客投诉', en: 'Major customer complaint' },
  REGULATORY_FINDING: { 'zh-CN': '监管部门查处违法违规', en: 'Law breaking found by a regulator' },
  MAJOR_INCIDENT: { 'zh-CN': '重大质量/环境/安全事故', en: 'Major quality, environment or safety incident' },
  LEGAL_STATUS: { 'zh-CN': '法律地位变更（名称、地址）', en: 'Legal status (name, address)' },
  OWNERSHIP: { 'zh-CN': '所有权变更', en: 'Ownership' },
  ORGANISATION: { 'zh-CN': '组织机构变更', en: 'Organisation' },
  LICENCE: { 'zh-CN': '证照变更', en: 'Licences' },
  LEGAL_REPRESENTATIVE: { 'zh-CN': '法定代表人变更', en: 'Legal representative' },
  AUTHORISED_PERSON: { 'zh-CN': '授权代表变更', en: 'Authorised person' },
  SERVICE_SITES: { 'zh-CN': '服务场所/网点变更', en: 'Service sites and outlets' },
  SCOPE: { 'zh-CN': '认证范围变更', en: 'Scope' },
  SERVICE_PROCESS: { 'zh-CN': '重大服务流程变更', en: 'Major service process' },
};
