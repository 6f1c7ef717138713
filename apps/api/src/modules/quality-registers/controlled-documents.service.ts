import { Injectable } from '@nestjs/common';
import { ControlledDocumentEntity, type OrganisationEntity } from '@stardesk/database';
import {
  CUSTOMER_FACING_DOCUMENT_TYPES,
  ValidationFailed,
  canBeSuperseded,
  documentCoverage,
  localDateOf,
  mergeDraft,
  validateApproval,
  validateDocumentDraft,
  type DocumentDraft,
  type DocumentPeriod,
  type EvidenceDocumentType,
  type FieldError,
  type LocalDate,
} from '@stardesk/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { lockVersioned } from '../../core/database/versioned-record';
import { AppError, recordNotFound } from '../../core/errors/app-errors';
import { FileStore } from '../../core/files/file-store';
import { isUuid } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { StaffReferencesRepository } from '../staff/staff-references.repository';
import type { ControlledDocument, DocumentFile } from './controlled-document.model';
import { ControlledDocumentsRepository } from './controlled-documents.repository';
import type {
  ApproveControlledDocumentInput,
  AttachControlledDocumentFileInput,
  ControlledDocumentsArgs,
  CreateControlledDocumentInput,
  SupersedeControlledDocumentInput,
  UpdateControlledDocumentInput,
} from './dto/controlled-document.input';

const DOCUMENT = { 'zh-CN': '受控文件', en: 'Controlled document' };

/** Whether a document type was in force for a period, with the versions that covered it and the uncovered days. */
export interface DocumentTypeInForce {
  documentType: EvidenceDocumentType;
  inForce: boolean;
  gaps: DocumentPeriod[];
  /** Approved (or since superseded) versions effective on some day of the period, earliest first. */
  documents: ControlledDocument[];
}

const alreadySuperseded = (): AppError =>
  new AppError('INVALID_STATE', {
    'zh-CN': '该版本已有新版本草稿或已被替代，请在最新版本上修订',
    en: 'This version already has a newer version drafted or was replaced; revise the latest version',
  });

@Injectable()
export class ControlledDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ControlledDocumentsRepository,
    private readonly staff: StaffReferencesRepository,
    private readonly store: FileStore,
  ) {}

  list(organisation: OrganisationEntity, args: ControlledDocumentsArgs): Promise<Page<ControlledDocument>> {
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    if (args.filter?.seriesId && !isUuid(args.filter.seriesId)) errors.push({ field: 'filter.seriesId', code: 'notFound' });
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.repository.page({ orgId: organisation.id, ...args.filter }, { first: args.first, after }, todayOf(organisation));
  }

  async byId(organisation: OrganisationEntity, id: string): Promise<ControlledDocument> {
    const document = isUuid(id) ? await this.repository.findById(organisation.id, id, todayOf(organisation)) : null;
    if (!document) throw recordNotFound(DOCUMENT, id);
    return document;
  }

  async create(organisation: OrganisationEntity, input: CreateControlledDocumentInput): Promise<ControlledDocument> {
    const draft = validateDocumentDraft(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      await this.staff.check(tx, organisation.id, [{ field: 'authorId', id: draft.authorId }]);
      await this.repository.insert(tx, organisation.id, { ...draft, id, seriesId: id, supersedesId: null });
    });
    return this.byId(organisation, id);
  }

  async update(organisation: OrganisationEntity, input: UpdateControlledDocumentInput): Promise<ControlledDocument> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ControlledDocumentEntity, organisation.id, input.id, input.expectedVersion, DOCUMENT);
      if (current.status !== 'DRAFT') throw new ValidationFailed([{ field: 'status', code: 'notDraft' }]);
      const { id: _id, expectedVersion: _expected, ...changes } = input;
      const draft = validateDocumentDraft(
        mergeDraft<DocumentDraft>(
          { documentType: current.documentType, title: current.title, versionLabel: current.versionLabel, description: current.description, authorId: current.authorId, published: current.published },
          changes,
        ),
      );
      await this.staff.check(tx, organisation.id, [{ field: 'authorId', id: draft.authorId }]);
      await tx.getRepository(ControlledDocumentEntity).update(
        { orgId: organisation.id, id: current.id },
        { title: draft.title, versionLabel: draft.versionLabel, description: draft.description, authorId: draft.authorId, published: draft.published },
      );
    });
    return this.byId(organisation, input.id);
  }

  /** The file is an attachment uploaded for this document; its SHA-256 is copied so the register states the content. */
  async attachFile(organisation: OrganisationEntity, input: AttachControlledDocumentFileInput): Promise<ControlledDocument> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ControlledDocumentEntity, organisation.id, input.id, input.expectedVersion, DOCUMENT);
      if (current.status !== 'DRAFT') throw new ValidationFailed([{ field: 'status', code: 'notDraft' }]);
      const attachmentId = input.attachmentId?.trim() || null;
      if (!attachmentId) throw new ValidationFailed([{ field: 'attachmentId', code: 'required' }]);
      const attachment = isUuid(attachmentId) ? await this.repository.attachmentOf(tx, organisation.id, current.id, attachmentId) : null;
      if (!attachment) throw new ValidationFailed([{ field: 'attachmentId', code: 'notFound' }]);
      await tx.getRepository(ControlledDocumentEntity).update({ orgId: organisation.id, id: current.id }, { fileAttachmentId: attachment.id, fileSha256: attachment.sha256 });
    });
    return this.byId(organisation, input.id);
  }

  /** Approves a draft; the version it replaces (if any) is superseded and ends the day before. */
  async approve(organisation: OrganisationEntity, input: ApproveControlledDocumentInput): Promise<ControlledDocument> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ControlledDocumentEntity, organisation.id, input.id, input.expectedVersion, DOCUMENT);
      const previous = current.supersedesId ? await this.lockPrevious(tx, organisation.id, current.supersedesId) : null;
      const approval = validateApproval(
        {
          status: current.status,
          authorId: current.authorId,
          hasFile: current.fileAttachmentId !== null,
          previous: previous?.effectiveFrom ? { effectiveFrom: previous.effectiveFrom } : null,
        },
        input,
      );
      await this.staff.check(tx, organisation.id, [{ field: 'approvedById', id: approval.approvedById, activeOnly: true }]);
      const documents = tx.getRepository(ControlledDocumentEntity);
      if (previous && approval.previousEffectiveTo) {
        // A fixed term that already ends earlier is kept; otherwise the old version ends the day before the new one.
        const effectiveTo = previous.effectiveTo && previous.effectiveTo < approval.previousEffectiveTo ? previous.effectiveTo : approval.previousEffectiveTo;
        await documents.update({ orgId: organisation.id, id: previous.id }, { status: 'SUPERSEDED', effectiveTo });
      }
      await documents.update(
        { orgId: organisation.id, id: current.id },
        { status: 'APPROVED', approvedById: approval.approvedById, approvedAt: new Date(), effectiveFrom: approval.effectiveFrom, effectiveTo: approval.effectiveTo },
      );
    });
    return this.byId(organisation, input.id);
  }

  /** Drafts the next version of an approved document (same type and series); only one draft successor at a time. */
  async supersede(organisation: OrganisationEntity, input: SupersedeControlledDocumentInput): Promise<ControlledDocument> {
    const id = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ControlledDocumentEntity, organisation.id, input.id, input.expectedVersion, DOCUMENT);
      if (!canBeSuperseded(current.status) || (await this.repository.hasSuccessor(tx, organisation.id, current.id))) throw alreadySuperseded();
      const draft = validateDocumentDraft({
        documentType: current.documentType,
        title: input.title ?? current.title,
        versionLabel: input.versionLabel,
        description: input.description ?? current.description,
        authorId: input.authorId,
        published: input.published ?? current.published,
      });
      await this.staff.check(tx, organisation.id, [{ field: 'authorId', id: draft.authorId }]);
      await this.repository.insert(tx, organisation.id, { ...draft, id, seriesId: current.seriesId, supersedesId: current.id });
    });
    return this.byId(organisation, id);
  }

  /**
   * For the assessment engine: for each type, whether approved versions covered every day of the
   * period (`documentCoverage` in libs/domain states the rule), with those versions and the gaps.
   * `period` holds local dates of the organisation, both inclusive.
   */
  async documentsInForce(orgId: string, types: readonly EvidenceDocumentType[], period: DocumentPeriod): Promise<DocumentTypeInForce[]> {
    const today = await this.todayOfOrg(orgId);
    const documents = await this.repository.effectiveBetween(orgId, types, period.from, period.to, today);
    return [...new Set(types)].map((documentType) => {
      const ofType = documents.filter((document) => document.documentType === documentType);
      const coverage = documentCoverage(ofType, period);
      return { documentType, inForce: coverage.inForce, gaps: coverage.gaps, documents: ofType.filter((document) => coverage.versionIds.includes(document.id)) };
    });
  }

  /** For the customer portal: published versions of the types (FAQ, PRODUCT_MANUAL) in force today, with their file. */
  async publishedDocuments(orgId: string, types: readonly EvidenceDocumentType[]): Promise<ControlledDocument[]> {
    return this.repository.publishedOn(orgId, types, await this.todayOfOrg(orgId));
  }

  /** For the customer portal: the file of a document that is published and in force today, or null. */
  async publishedDocumentFile(orgId: string, documentId: string): Promise<{ file: DocumentFile; open: () => NodeJS.ReadableStream } | null> {
    if (!isUuid(documentId)) return null;
    const published = await this.repository.publishedOn(orgId, CUSTOMER_FACING_DOCUMENT_TYPES, await this.todayOfOrg(orgId));
    const file = published.find((document) => document.id === documentId)?.file;
    return file ? { file, open: () => this.store.open(file.sha256) } : null;
  }

  private async lockPrevious(tx: EntityManager, orgId: string, id: string): Promise<ControlledDocumentEntity> {
    const previous = await tx.getRepository(ControlledDocumentEntity).findOne({ where: { orgId, id }, lock: { mode: 'pessimistic_write' } });
    if (!previous || previous.status !== 'APPROVED') throw alreadySuperseded();
    return previous;
  }

  private async todayOfOrg(orgId: string): Promise<LocalDate> {
    const [row]: { time_zone: string }[] = await this.dataSource.query('SELECT time_zone FROM organisations WHERE id = $1', [orgId]);
    return localDateOf(new Date(), row?.time_zone ?? 'Asia/Shanghai');
  }
}

export const todayOf = (organisation: OrganisationEntity): LocalDate => localDateOf(new Date(), organisation.timeZone);
