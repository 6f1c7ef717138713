import { Injectable } from '@nestjs/common';
import { StaffEntity, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, validateAttachmentRetirement, validateAttachmentUpload, type FieldError } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { recordNotFound } from '../../core/errors/app-errors';
import { FileStore } from '../../core/files/file-store';
import type { Attachment } from './attachment.model';
import { AttachmentsRepository } from './attachments.repository';
import type { RetireAttachmentInput } from './dto/retire-attachment.input';
import type { ReceivedUpload } from './hashing-storage.engine';
import { isUuid } from '../../core/ids';

const ATTACHMENT = { 'zh-CN': '附件', en: 'Attachment' };

/** The form fields sent with a file (multipart text fields, so every one may be missing). */
export interface UploadFields {
  ownerType?: string;
  ownerId?: string;
  purpose?: string;
  uploadedBy?: string;
}

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AttachmentsRepository,
    private readonly store: FileStore,
  ) {}

  /**
   * Keeps an uploaded file once it passes every rule: allowed type by content, name matching the
   * content, size, an owner of the same organisation. A refused upload leaves nothing: its temporary
   * file is removed and no row is written. An accepted one is moved to its content address (once
   * per content) before its row is written; should the row fail, a file this call added is removed.
   */
  async upload(organisation: OrganisationEntity, fields: UploadFields, file: ReceivedUpload | undefined): Promise<Attachment> {
    try {
      const valid = validateAttachmentUpload(
        { ...fields, fileName: file?.originalname ?? null, size: file?.size ?? null, head: file?.head ?? null },
        { maxBytes: this.store.options.maxUploadBytes },
      );
      const problems: FieldError[] = [];
      if (!isUuid(valid.ownerId) || !(await this.repository.ownerExists(organisation.id, valid.ownerType, valid.ownerId))) {
        problems.push({ field: 'ownerId', code: 'notFound' });
      }
      const uploadedById = fields.uploadedBy?.trim() || null;
      if (uploadedById && !(await this.isStaff(organisation.id, uploadedById))) problems.push({ field: 'uploadedBy', code: 'notFound' });
      if (problems.length) throw new ValidationFailed(problems);

      const { sha256, path } = file!;
      const { created } = await this.store.commit(path, sha256);
      let id: string;
      try {
        id = await this.repository.insert({ orgId: organisation.id, ...valid, sha256, uploadedById });
      } catch (error) {
        if (created && !(await this.repository.isReferenced(sha256))) await this.store.remove(sha256);
        throw error;
      }
      return (await this.repository.findById(organisation.id, id))!;
    } finally {
      if (file) await this.store.discard(file.path);
    }
  }

  async retire(organisation: OrganisationEntity, input: RetireAttachmentInput): Promise<Attachment> {
    const { reason } = validateAttachmentRetirement(input);
    const retiredById = input.retiredBy?.trim() || null;
    if (retiredById && !(await this.isStaff(organisation.id, retiredById))) throw new ValidationFailed([{ field: 'retiredBy', code: 'notFound' }]);
    const existing = isUuid(input.id) ? await this.repository.findById(organisation.id, input.id) : null;
    if (!existing) throw recordNotFound(ATTACHMENT, input.id);
    // Retiring twice keeps the first retirement (who, when, why); the call still answers the file.
    await this.repository.retire(organisation.id, input.id, retiredById, reason);
    return (await this.repository.findById(organisation.id, input.id))!;
  }

  /** The file and where its content is, or NOT_FOUND (also for another organisation's file). */
  async forDownload(organisation: OrganisationEntity, id: string): Promise<Attachment> {
    const attachment = isUuid(id) ? await this.repository.findById(organisation.id, id) : null;
    if (!attachment) throw recordNotFound(ATTACHMENT, id);
    return attachment;
  }

  openContent(attachment: Attachment): NodeJS.ReadableStream {
    return this.store.open(attachment.sha256);
  }

  private async isStaff(orgId: string, id: string): Promise<boolean> {
    return isUuid(id) && (await this.dataSource.getRepository(StaffEntity).existsBy({ orgId, id }));
  }
}
