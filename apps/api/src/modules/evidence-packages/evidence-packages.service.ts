import { Injectable } from '@nestjs/common';
import { AssessmentEntity, EvidencePackageEntity, evidencePeriodErrors } from '@stardesk/database';
import { ValidationFailed, type Locale } from '@stardesk/domain';
import { createReadStream, type ReadStream } from 'node:fs';
import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { AppError, recordNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';
import type { StartEvidencePackageInput } from './dto/start-evidence-package.input';
import type { EvidencePackage } from './evidence-package.model';
import { EvidencePackageWorker } from './evidence-package.worker';

const PACKAGE = { 'zh-CN': '证据包', en: 'Evidence package' };
const ASSESSMENT = { 'zh-CN': '评估', en: 'Assessment' };

export function evidencePackageView(row: EvidencePackageEntity): EvidencePackage {
  const downloadable = row.status === 'READY' && row.source === 'API';
  return {
    id: row.id,
    status: row.status,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    assessmentId: row.assessmentId,
    revealPersonalInformation: row.revealPersonalInformation,
    progressDone: row.progressDone,
    progressTotal: row.progressTotal,
    stage: row.stage,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    sha256: row.sha256,
    keyFingerprint: row.keyFingerprint,
    errorCode: row.errorCode,
    downloadUrl: downloadable ? `/api/evidence-packages/${row.id}/file` : null,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

/**
 * Evidence packages: a request is validated and queued (the row records who asked and whether
 * personal information is revealed: the audit trail keeps it), the worker builds it; the file is
 * offered only once READY.
 */
@Injectable()
export class EvidencePackagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: EvidencePackageWorker,
  ) {}

  async start(principal: Principal, input: StartEvidencePackageInput, locale: Locale): Promise<EvidencePackageEntity> {
    const errors = evidencePeriodErrors(input.from, input.to);
    if (errors.length > 0 || !input.from || !input.to) throw new ValidationFailed(errors);
    const reveal = input.revealPersonalInformation === true;
    if (reveal && principal.role !== 'ADMIN') {
      throw new AppError('FORBIDDEN', { 'zh-CN': '只有管理员可以导出未脱敏的个人信息', en: 'Only an administrator may export personal information unmasked' });
    }
    const assessmentId = input.assessmentId?.trim() || null;
    if (assessmentId) {
      const found = isUuid(assessmentId) && (await this.dataSource.getRepository(AssessmentEntity).existsBy({ orgId: principal.orgId, id: assessmentId }));
      if (!found) throw recordNotFound(ASSESSMENT, assessmentId);
    }
    const repository = this.dataSource.getRepository(EvidencePackageEntity);
    const row = await repository.save(
      repository.create({
        orgId: principal.orgId,
        status: 'QUEUED',
        source: 'API',
        periodFrom: input.from.trim(),
        periodTo: input.to.trim(),
        assessmentId,
        revealPersonalInformation: reveal,
        language: locale,
        requestedBy: principal.login,
        requestedByStaffId: principal.staffId,
      }),
    );
    this.worker.wake();
    return row;
  }

  list(orgId: string, first: number): Promise<EvidencePackageEntity[]> {
    return this.dataSource.getRepository(EvidencePackageEntity).find({ where: { orgId }, order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }

  async get(orgId: string, id: string): Promise<EvidencePackageEntity> {
    const row = isUuid(id) ? await this.dataSource.getRepository(EvidencePackageEntity).findOneBy({ orgId, id }) : null;
    if (!row) throw recordNotFound(PACKAGE, id);
    return row;
  }

  /** The finished file; a package still being built, failed or written by the CLI has none to offer. */
  async file(orgId: string, id: string): Promise<{ row: EvidencePackageEntity; open: () => ReadStream }> {
    const row = await this.get(orgId, id);
    if (row.status !== 'READY' || row.source !== 'API') {
      throw new AppError('INVALID_STATE', { 'zh-CN': '证据包尚未生成完成，不能下载', en: 'The evidence package is not ready for download' });
    }
    const file = this.worker.readyPath(row.id);
    return { row, open: () => createReadStream(file) };
  }
}
