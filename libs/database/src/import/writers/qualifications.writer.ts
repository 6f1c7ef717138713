import { problemAt, qualificationKey, type ImportedQualification } from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns } from '../bulk-write';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const QUALIFICATION_COLUMNS = columns('id:uuid', 'staff_id:uuid', 'issuer:text', 'title:text', 'valid_from:date', 'valid_until:date');

/**
 * qualifications.csv: each certificate's holder is found by login among the staff (stored or in the
 * set's staff.csv); an unknown login is a problem of the row, never a new person. A certificate is
 * identified by type and number: stored already, it is refused as a duplicate, or with `update`
 * overwritten (holder, issuer, title, validity), like a staff member of staff.csv.
 */
export class QualificationsWriter implements ImportWriter<ImportedQualification> {
  private readonly inserts: unknown[][] = [];
  private readonly updates: unknown[][] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedQualification[]): Promise<void> {
    const { session, catalogue } = this.context;
    const rows: { id: string; certificate_type: string; certificate_no: string }[] = await session.tx.query(
      'SELECT id, certificate_type, certificate_no FROM qualifications WHERE org_id = $1 AND certificate_no = ANY($2::text[])',
      [session.org.id, [...new Set(records.map((record) => record.certificateNo))]],
    );
    const stored = new Map(rows.map((row) => [qualificationKey(row.certificate_type, row.certificate_no), row.id]));
    for (const record of records) {
      const staffId = catalogue.staff.get(record.login);
      if (!staffId && !session.refusedInSet('staff', record.login)) session.report(problemAt(record.source, 'login', 'notFound', { value: record.login }));
      const key = qualificationKey(record.certificateType, record.certificateNo);
      const existing = stored.get(key);
      if (existing && !session.options.update) {
        session.report(problemAt(record.source, 'certificate_no', 'alreadyExists', { key }));
        continue;
      }
      if (!staffId) continue;
      const values = [existing ?? session.newId(), staffId, record.issuer, record.title, record.validFrom, record.validUntil];
      if (existing) this.updates.push(values);
      else this.inserts.push([...values, record.certificateType, record.certificateNo]);
    }
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    await bulkInsert(
      session.tx, 'qualifications', [...QUALIFICATION_COLUMNS, ...columns('certificate_type:text', 'certificate_no:text', 'org_id:uuid')],
      this.inserts.map((row) => [...row, orgId]),
    );
    await bulkUpdate(session.tx, 'qualifications', orgId, QUALIFICATION_COLUMNS, this.updates);
    session.count('qualifications', this.inserts.length, this.updates.length);
  }
}
