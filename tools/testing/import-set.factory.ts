import { anImportTable, type ImportRecordTypeName, type ImportTableBuilder } from '@stardesk/domain';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A complete, valid set of historical records (import-format.md), one table per record type,
 * changed table by table: `anImportSet().change('visits', (t) => t.row({ seq: '3' })).writeCsv(dir)`.
 *
 * SR-H-0001 is a closed repair in warranty with two visits (the second by a technician unknown so
 * far, with parts), a complaint and a rated return visit; SR-H-0002 is new; SR-H-0003 was cancelled.
 * gcs1 holds a refrigeration certificate, kefu1 one of type OTHER that does not expire; one training
 * has a score for everyone (gcs1, kefu1), the other a score per attendee.
 */
export class ImportSetBuilder {
  private readonly tables: Partial<{ [N in ImportRecordTypeName]: ImportTableBuilder<N> }> = {
    outlets: anImportTable('outlets').row().row({ code: 'BJ-01', name: '北京朝阳服务站', kind: 'PARTNER', region: '华北', city: '北京', address: '' }),
    staff: anImportTable('staff').row({ login: 'kefu1', name: '李娜', role: 'DISPATCHER', phone: '', outlets: 'SH-01' }).row({ outlets: 'SH-01;BJ-01' }),
    service_requests: anImportTable('service_requests')
      .row()
      .row({
        code: 'SR-H-0002', type: 'INSTALLATION', channel: 'APP', priority: 'HIGH', customer_name: '赵敏', customer_phone: '021-6123 4567', product_model: 'KFR-72LW',
        product_category: '', serial_no: '', purchase_date: '', fault_description: '', outlet_code: 'BJ-01', reported_at: '2026-03-05T08:30:00+08:00',
        acknowledged_at: '', resolved_at: '', closed_at: '', status: 'NEW', reopened: '',
      })
      .row({
        code: 'SR-H-0003', type: 'CONSULTATION', fault_description: '', serial_no: '', reported_at: '2026-03-06T10:00:00', acknowledged_at: '2026-03-06T10:05:00',
        resolved_at: '', closed_at: '2026-03-06T11:00:00', status: 'CANCELLED',
      }),
    visits: anImportTable('visits')
      .row({ arrived_at: '2026-03-01T14:00:00', completed_at: '2026-03-01T15:00:00', outcome: 'NEEDS_PARTS', parts: '' })
      .row({ seq: '2', technician: 'gcs2', parts: 'CAP-35*1;FAN-2*2' }),
    complaints: anImportTable('complaints').row(),
    return_visits: anImportTable('return_visits').row(),
    qualifications: anImportTable('qualifications')
      .row()
      .row({ login: 'kefu1', certificate_type: 'OTHER', certificate_no: 'HW-2025-0001', issuer: '北京市应急管理局', title: '高处作业证', valid_until: '' }),
    trainings: anImportTable('trainings').row().row({ course: '安装规范', date: '2026-03-04', hours: '2', attendees: 'gcs1:95;kefu1:80.5', score: '', trainer: '' }),
  };

  change<N extends ImportRecordTypeName>(type: N, build: (table: ImportTableBuilder<N>) => ImportTableBuilder<N>): this {
    (this.tables as Record<N, ImportTableBuilder<N>>)[type] = build(anImportTable(type));
    return this;
  }

  without(...types: ImportRecordTypeName[]): this {
    for (const type of types) delete this.tables[type];
    return this;
  }

  /** Writes `<type>.csv` files into a new directory and returns their paths, in load order. */
  writeCsv(directory = newDirectory()): string[] {
    return Object.entries(this.tables).map(([type, table]) => {
      const file = path.join(directory, `${type}.csv`);
      writeFileSync(file, table!.toCsv());
      return file;
    });
  }

  tableOf<N extends ImportRecordTypeName>(type: N): ImportTableBuilder<N> {
    return this.tables[type] as ImportTableBuilder<N>;
  }
}

export function newDirectory(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'stardesk-import-'));
  chmodSync(directory, 0o755);
  return directory;
}

export const anImportSet = (): ImportSetBuilder => new ImportSetBuilder();
