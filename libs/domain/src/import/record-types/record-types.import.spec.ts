import { anImportTable } from '../import-table.factory';
import type { ImportRecordTypeName } from '../import-record-type';
import { complaintStatusOf, synthesiseComplaintEvents } from './complaints.import';

const problemsOf = (type: ImportRecordTypeName, changes: Record<string, string>) =>
  anImportTable(type).row(changes).parse().problems.map(({ row, column, code }) => ({ row, column, code }));

describe('the valid row of every record type', () => {
  it.each<ImportRecordTypeName>(['outlets', 'staff', 'service_requests', 'visits', 'complaints', 'return_visits'])('%s reads in English and in Chinese', (type) => {
    for (const table of [anImportTable(type).row(), anImportTable(type).row().inChinese()]) {
      const parsed = table.parse();
      expect(parsed.problems).toEqual([]);
      expect(parsed.records).toHaveLength(1);
    }
  });
});

describe('rows of the other record types', () => {
  it('reads a visit with its parts', () => {
    const { records } = anImportTable('visits').row({ parts: 'CAP-35*1;FAN-2*2' }).parse();
    expect(records[0]).toMatchObject({ requestCode: 'SR-H-0001', seq: 1, technician: 'gcs1', outcome: 'FIXED', parts: [{ partNo: 'CAP-35', quantity: 1 }, { partNo: 'FAN-2', quantity: 2 }] });
  });

  it('reads staff with their outlets and active by default', () => {
    const { records } = anImportTable('staff').row({ outlets: 'SH-01;BJ-01', active: '' }).parse();
    expect(records[0]).toMatchObject({ login: 'gcs1', role: 'TECHNICIAN', outletCodes: ['SH-01', 'BJ-01'], active: true });
  });

  it.each<[ImportRecordTypeName, Record<string, string>, string, string]>([
    ['visits', { seq: '0' }, 'seq', 'outOfRange'],
    ['visits', { seq: 'one' }, 'seq', 'invalidInteger'],
    ['visits', { completed_at: '2026-03-02T09:00:00' }, 'completed_at', 'beforeArrival'],
    ['visits', { outcome: 'OK' }, 'outcome', 'invalidChoice'],
    ['visits', { parts: 'CAP-35' }, 'parts', 'invalidParts'],
    ['visits', { technician: '' }, 'technician', 'required'],
    ['complaints', { severity: 'MINOR' }, 'severity', 'invalidChoice'],
    ['complaints', { acknowledged_at: '2026-03-04T08:00:00' }, 'acknowledged_at', 'beforeReceived'],
    ['complaints', { closed_at: '2026-03-04T09:30:00' }, 'closed_at', 'beforeAcknowledged'],
    ['complaints', { acknowledged_at: '' }, 'acknowledged_at', 'requiredForStatus'],
    ['complaints', { closed_at: '', customer_accepted: '否' }, 'customer_accepted', 'onlyWhenClosed'],
    ['complaints', { customer_phone: '' }, 'customer_phone', 'required'],
    ['return_visits', { rating: '6' }, 'rating', 'outOfRange'],
    ['return_visits', { recommend: '11' }, 'recommend', 'outOfRange'],
    ['return_visits', { method: 'EMAIL' }, 'method', 'invalidChoice'],
    ['return_visits', { done_at: '' }, 'done_at', 'required'],
    ['staff', { role: 'BOSS' }, 'role', 'invalidChoice'],
    ['staff', { phone: '110' }, 'phone', 'invalidPhone'],
    ['outlets', { kind: 'SHOP' }, 'kind', 'invalidChoice'],
    ['outlets', { city: '' }, 'city', 'required'],
  ])('%s: %j is refused on %s', (type, changes, column, code) => {
    expect(problemsOf(type, changes)).toEqual([{ row: 2, column, code }]);
  });
});

describe('imported complaints', () => {
  it('take their status and history from their times', () => {
    const { records: [closed] } = anImportTable('complaints').row().parse();
    expect(complaintStatusOf(closed!)).toBe('CLOSED');
    expect(synthesiseComplaintEvents(closed!).map((event) => [event.action, event.toStatus, event.at.toISOString()])).toEqual([
      ['RECEIVE', 'RECEIVED', '2026-03-04T01:00:00.000Z'],
      ['ACKNOWLEDGE', 'ACKNOWLEDGED', '2026-03-04T02:00:00.000Z'],
      ['CLOSE', 'CLOSED', '2026-03-05T08:00:00.000Z'],
    ]);
    const { records: [open] } = anImportTable('complaints').row({ acknowledged_at: '', closed_at: '', customer_accepted: '' }).parse();
    expect(complaintStatusOf(open!)).toBe('RECEIVED');
    expect(synthesiseComplaintEvents(open!)).toHaveLength(1);
  });
});
