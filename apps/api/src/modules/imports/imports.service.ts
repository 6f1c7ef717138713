import { Injectable } from '@nestjs/common';
import { bufferSource, importRecords, type OrganisationEntity } from '@stardesk/database';
import { importProblemMessage, ValidationFailed, type FieldError, type Locale } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import type { ImportFileInput } from './dto/import-file.input';
import type { ImportResult } from './import-result.model';

/** All files of one request together; larger sets go through `stardesk import`, which streams from disk. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

@Injectable()
export class ImportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Decodes the uploads (refusing malformed or oversized ones field by field) and imports them as one set. */
  async importFiles(organisation: OrganisationEntity, files: readonly ImportFileInput[], update: boolean, locale: Locale): Promise<ImportResult> {
    const errors: FieldError[] = [];
    if (files.length === 0) errors.push({ field: 'files', code: 'required' });
    const contents = files.map((file, index) => {
      const name = file.name?.trim();
      const base64 = file.contentBase64?.replace(/\s/g, '') ?? '';
      if (!name) errors.push({ field: `files.${index}.name`, code: 'required' });
      if (!base64) errors.push({ field: `files.${index}.contentBase64`, code: 'required' });
      else if (base64.length % 4 === 1 || !BASE64.test(base64)) errors.push({ field: `files.${index}.contentBase64`, code: 'invalidBase64' });
      return { name: name ?? '', base64 };
    });
    // Checked on the encoded length, before decoding anything: 4 characters carry 3 bytes.
    const total = contents.reduce((sum, file) => sum + Math.floor((file.base64.length * 3) / 4), 0);
    if (total > MAX_IMPORT_BYTES) errors.push({ field: 'files', code: 'tooLarge', params: { maxMb: megabytes(MAX_IMPORT_BYTES).replace(/\.0$/, ''), actualMb: megabytes(total) } });
    if (errors.length) throw new ValidationFailed(errors);

    const sources = contents.map((file) => bufferSource(file.name, Buffer.from(file.base64, 'base64')));
    const result = await importRecords(this.dataSource, { id: organisation.id, code: organisation.code, timeZone: organisation.timeZone }, sources, { update });
    return {
      accepted: result.accepted,
      counts: result.counts,
      problems: result.problems.map((problem) => ({
        file: problem.file,
        row: problem.row,
        column: problem.column,
        code: problem.code,
        severity: problem.severity,
        message: importProblemMessage(problem, locale),
      })),
    };
  }
}
