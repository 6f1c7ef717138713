import { problemAt, type ImportedStaff } from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns, deleteWhereIn } from '../bulk-write';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const STAFF_COLUMNS = columns('id:uuid', 'name:text', 'role:text', 'phone:text', 'active:boolean');

/** staff.csv: the register with each person's outlets; with `update`, a known login is overwritten, outlets included. */
export class StaffWriter implements ImportWriter<ImportedStaff> {
  private readonly inserts: unknown[][] = [];
  private readonly updates: unknown[][] = [];
  private readonly staffOutlets: unknown[][] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedStaff[]): Promise<void> {
    const { session, catalogue } = this.context;
    const stored = new Map(catalogue.staff);
    for (const record of records) {
      const existing = stored.get(record.login);
      if (existing && !session.options.update) {
        session.report(problemAt(record.source, 'login', 'alreadyExists', { key: record.login }));
        continue;
      }
      const id = existing ?? session.newId();
      for (const code of record.outletCodes) {
        const outletId = catalogue.outlets.get(code);
        if (outletId) this.staffOutlets.push([id, outletId]);
        else if (!session.refusedInSet('outlets', code)) session.report(problemAt(record.source, 'outlets', 'notFound', { value: code }));
      }
      const values = [id, record.name, record.role, record.phone, record.active];
      if (existing) this.updates.push(values);
      else {
        catalogue.staff.set(record.login, id);
        this.inserts.push([...values, record.login]);
      }
    }
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    await bulkInsert(session.tx, 'staff', [...STAFF_COLUMNS, ...columns('login:text', 'org_id:uuid')], this.inserts.map((row) => [...row, orgId]));
    await bulkUpdate(session.tx, 'staff', orgId, STAFF_COLUMNS, this.updates);
    await deleteWhereIn(session.tx, 'staff_outlets', orgId, 'staff_id', this.updates.map((row) => row[0] as string));
    await bulkInsert(session.tx, 'staff_outlets', columns('staff_id:uuid', 'outlet_id:uuid', 'org_id:uuid'), this.staffOutlets.map((row) => [...row, orgId]));
    session.count('staff', this.inserts.length, this.updates.length);
  }
}
