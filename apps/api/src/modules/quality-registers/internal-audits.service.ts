import { Injectable } from '@nestjs/common';
import { AuditFindingEntity, CorrectiveActionEntity, InternalAuditEntity, type OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  findingNeedsCorrectiveAction,
  mergeDraft,
  validateAuditFinding,
  validateInternalAudit,
  type AuditFindingSeverity,
  type CorrectiveActionStatus,
  type FieldError,
  type InternalAuditStatus,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { lockVersioned } from '../../core/database/versioned-record';
import { recordNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs, dateKeySql, keysetPage } from '../../core/pagination/keyset';
import { todayOf } from './controlled-documents.service';
import { lockUnlinkedFinding } from './corrective-actions.service';
import type { AddAuditFindingInput, CreateInternalAuditInput, InternalAuditsArgs, LinkAuditFindingInput, UpdateInternalAuditInput } from './dto/internal-audit.input';
import type { DocumentReference, InternalAudit } from './internal-audit.model';
import { checkReportDocument, reportDocumentSql } from './report-documents.util';

const AUDIT = { 'zh-CN': '内部审核', en: 'Internal audit' };

interface AuditRow {
  id: string;
  cursor_key: string;
  title: string;
  planned_date: string;
  performed_date: string | null;
  status: InternalAuditStatus;
  scope: string;
  auditors: string[];
  report: DocumentReference | null;
  findings: { id: string; clause: string | null; description: string; severity: AuditFindingSeverity; correctiveActionId: string | null; correctiveActionStatus: CorrectiveActionStatus | null }[];
  version: number;
}

/** An audit with its report and findings (and their actions' status) in one row. */
const SELECT_AUDIT = `
  SELECT a.id, ${dateKeySql('a.planned_date')} AS cursor_key, a.title, ${dateKeySql('a.planned_date')} AS planned_date,
         ${dateKeySql('a.performed_date')} AS performed_date, a.status, a.scope, a.auditors, a.version, ${reportDocumentSql('a')} AS report,
         COALESCE((SELECT json_agg(json_build_object('id', f.id, 'clause', f.clause, 'description', f.description, 'severity', f.severity,
                                                     'correctiveActionId', f.corrective_action_id, 'correctiveActionStatus', c.status)
                                   ORDER BY f.created_at, f.id)
                     FROM audit_findings f LEFT JOIN corrective_actions c ON c.org_id = f.org_id AND c.id = f.corrective_action_id
                    WHERE f.org_id = a.org_id AND f.audit_id = a.id), '[]') AS findings
    FROM internal_audits a`;

const toModel = (row: AuditRow): InternalAudit => ({
  id: row.id,
  title: row.title,
  plannedDate: row.planned_date,
  performedDate: row.performed_date,
  status: row.status,
  scope: row.scope,
  auditors: row.auditors,
  reportDocument: row.report,
  findings: row.findings.map((finding) => ({ ...finding, needsCorrectiveAction: findingNeedsCorrectiveAction(finding.severity) })),
  version: row.version,
});

@Injectable()
export class InternalAuditsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Latest planned first. */
  list(organisation: OrganisationEntity, args: InternalAuditsArgs): Promise<Page<InternalAudit>> {
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_AUDIT, where: 'a.org_id = $1', params: [organisation.id], keyColumn: 'a.planned_date', idColumn: 'a.id', keyType: 'date', direction: 'DESC' },
      { first: args.first, after },
      toModel,
    );
  }

  async byId(organisation: OrganisationEntity, id: string): Promise<InternalAudit> {
    const rows: AuditRow[] = isUuid(id) ? await this.dataSource.query(`${SELECT_AUDIT} WHERE a.org_id = $1 AND a.id = $2`, [organisation.id, id]) : [];
    if (!rows[0]) throw recordNotFound(AUDIT, id);
    return toModel(rows[0]);
  }

  async create(organisation: OrganisationEntity, input: CreateInternalAuditInput): Promise<InternalAudit> {
    const valid = validateInternalAudit(input, todayOf(organisation));
    const id = await this.dataSource.transaction(async (tx) => {
      await checkReportDocument(tx, organisation.id, valid.reportDocumentId, 'INTERNAL_AUDIT_REPORT');
      const audits = tx.getRepository(InternalAuditEntity);
      return (await audits.save(audits.create({ ...valid, orgId: organisation.id }))).id;
    });
    return this.byId(organisation, id);
  }

  async update(organisation: OrganisationEntity, input: UpdateInternalAuditInput): Promise<InternalAudit> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, InternalAuditEntity, organisation.id, input.id, input.expectedVersion, AUDIT);
      const { id: _id, expectedVersion: _version, ...changes } = input;
      const { title, plannedDate, performedDate, scope, auditors, reportDocumentId } = current;
      const valid = validateInternalAudit(mergeDraft({ title, plannedDate, performedDate, scope, auditors, reportDocumentId }, changes), todayOf(organisation));
      await checkReportDocument(tx, organisation.id, valid.reportDocumentId, 'INTERNAL_AUDIT_REPORT');
      await tx.getRepository(InternalAuditEntity).update({ orgId: organisation.id, id: current.id }, valid);
    });
    return this.byId(organisation, input.id);
  }

  async addFinding(organisation: OrganisationEntity, input: AddAuditFindingInput): Promise<InternalAudit> {
    const valid = validateAuditFinding(input);
    await this.dataSource.transaction(async (tx) => {
      const audit = isUuid(input.auditId) ? await tx.getRepository(InternalAuditEntity).findOneBy({ orgId: organisation.id, id: input.auditId }) : null;
      if (!audit) throw recordNotFound(AUDIT, input.auditId);
      const findings = tx.getRepository(AuditFindingEntity);
      await findings.save(findings.create({ ...valid, orgId: organisation.id, auditId: audit.id }));
    });
    return this.byId(organisation, input.auditId);
  }

  /** Links a finding without an action to an existing action of the organisation. */
  async linkFinding(organisation: OrganisationEntity, input: LinkAuditFindingInput): Promise<InternalAudit> {
    const auditId = await this.dataSource.transaction(async (tx) => {
      const finding = await lockUnlinkedFinding(tx, organisation.id, input.findingId, 'findingId');
      const actionId = input.correctiveActionId?.trim() || null;
      if (!actionId) throw new ValidationFailed([{ field: 'correctiveActionId', code: 'required' }]);
      const exists = isUuid(actionId) && (await tx.getRepository(CorrectiveActionEntity).existsBy({ orgId: organisation.id, id: actionId }));
      if (!exists) throw new ValidationFailed([{ field: 'correctiveActionId', code: 'notFound' }]);
      await tx.getRepository(AuditFindingEntity).update({ orgId: organisation.id, id: finding.id }, { correctiveActionId: actionId });
      return finding.auditId;
    });
    return this.byId(organisation, auditId);
  }
}
