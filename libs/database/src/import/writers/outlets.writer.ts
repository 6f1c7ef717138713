import { problemAt, type ImportedOutlet } from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns } from '../bulk-write';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const OUTLET_COLUMNS = columns('id:uuid', 'region_id:uuid', 'name:text', 'kind:text', 'city:text', 'address:text');

/** outlets.csv: new outlets are inserted; with `update`, known codes get the file's name, kind, region, city and address. */
export class OutletsWriter implements ImportWriter<ImportedOutlet> {
  private readonly inserts: unknown[][] = [];
  private readonly updates: unknown[][] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedOutlet[]): Promise<void> {
    const { session, catalogue } = this.context;
    const stored = new Map(catalogue.outlets);
    for (const record of records) {
      const existing = stored.get(record.code);
      if (existing && !session.options.update) {
        session.report(problemAt(record.source, 'code', 'alreadyExists', { key: record.code }));
        continue;
      }
      const id = existing ?? session.newId();
      const regionId = record.region ? catalogue.regionId(record.region) : null;
      const values = [id, regionId, record.name, record.kind, record.city, record.address];
      if (existing) this.updates.push(values);
      else {
        catalogue.outlets.set(record.code, id);
        this.inserts.push([...values, record.code]);
      }
    }
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    await bulkInsert(session.tx, 'outlets', [...OUTLET_COLUMNS, ...columns('code:text', 'org_id:uuid')], this.inserts.map((row) => [...row, orgId]));
    await bulkUpdate(session.tx, 'outlets', orgId, OUTLET_COLUMNS, this.updates);
    session.count('outlets', this.inserts.length, this.updates.length);
  }
}
