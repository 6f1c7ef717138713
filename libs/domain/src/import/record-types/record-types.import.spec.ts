import { anImportTable } from '../import-table.factory';
import { IMPORT_RECORD_TYPES, type ImportRecordTypeName } from '../import-record-type';
import { complaintStatusOf, synthesiseComplaintEvents } from './complaints.import';
import { duplicatesInSet } from '../set-rules';
import { QUALIFICATIONS_IMPORT } from './qualifications.import';
import { formatAttendeeCells, TRAININGS_IMPORT } from './trainings.import';

const problemsOf = (type: ImportRecordTypeName, changes: Record<string, string>) =>
  anImportTable(type).row(changes).parse().problems.map(({ row, column, code }) => ({ row, column, code }));

describe('the valid row of every record type', () => {
  it.each<ImportRecordTypeName>(IMPORT_RECORD_TYPES)('%s reads in English and in Chinese', (type) => {
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
    ['qualifications', { valid_from: '2024-02-30' }, 'valid_from', 'invalidDate'],
    ['qualifications', { valid_until: '2024-02-29' }, 'valid_until', 'beforeStart'],
    ['qualifications', { certificate_type: 'DRIVER' }, 'certificate_type', 'invalidChoice'],
    ['qualifications', { certificate_type: 'OTHER' }, 'title', 'required'],
    ['qualifications', { login: '' }, 'login', 'required'],
    ['trainings', { hours: '0' }, 'hours', 'outOfRange'],
    ['trainings', { hours: '-2' }, 'hours', 'outOfRange'],
    ['trainings', { hours: '1.25' }, 'hours', 'tooManyDecimals'],
    ['trainings', { hours: 'two' }, 'hours', 'invalidNumber'],
    ['trainings', { date: '2026-13-01' }, 'date', 'invalidDate'],
    ['trainings', { date: '2026-06-02' }, 'date', 'inFuture'],
    ['trainings', { score: '101' }, 'score', 'outOfRange'],
    ['trainings', { attendees: 'gcs1;kefu1:120' }, 'attendees', 'outOfRange'],
    ['trainings', { attendees: 'gcs1;kefu1:good' }, 'attendees', 'invalidAttendees'],
    ['trainings', { attendees: 'gcs1;kefu1;gcs1' }, 'attendees', 'listedTwice'],
    ['trainings', { attendees: ' ; ' }, 'attendees', 'required'],
  ])('%s: %j is refused on %s', (type, changes, column, code) => {
    expect(problemsOf(type, changes)).toEqual([{ row: 2, column, code }]);
  });
});

describe('qualifications and trainings', () => {
  it('read a certificate that does not expire, and one of type OTHER with its name', () => {
    const { records } = anImportTable('qualifications').row({ valid_until: '' }).row({ certificate_type: 'other', certificate_no: 'X-1', title: '高处作业证' }).parse();
    expect(records.map(({ source: _source, ...record }) => record)).toEqual([
      { login: 'gcs1', certificateType: 'REFRIGERATION', certificateNo: 'T310101199001011234', issuer: '上海市应急管理局', title: null, validFrom: '2024-03-01', validUntil: null },
      { login: 'gcs1', certificateType: 'OTHER', certificateNo: 'X-1', issuer: '上海市应急管理局', title: '高处作业证', validFrom: '2024-03-01', validUntil: '2030-02-28' },
    ]);
  });

  it('give the score column to every attendee, unless one has their own login:score', () => {
    const { records } = anImportTable('trainings').row({ attendees: 'gcs1；kefu1:85.5, gcs2', score: '90' }).row({ course: '安全规范', score: '' }).parse();
    expect(records[0]).toMatchObject({ hours: 3.5, attendees: [{ login: 'gcs1', score: 90 }, { login: 'kefu1', score: 85.5 }, { login: 'gcs2', score: 90 }] });
    expect(records[1]!.attendees).toEqual([{ login: 'gcs1', score: null }, { login: 'kefu1', score: null }]);
  });

  it('are the same record by certificate type and number, and by course and day', () => {
    const certificates = anImportTable('qualifications').row({ login: 'gcs2' }).row().parse();
    expect(duplicatesInSet(QUALIFICATIONS_IMPORT, certificates.records).map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'certificate_no', code: 'duplicateInSet' },
    ]);
    const courses = anImportTable('trainings').row().row({ hours: '2' }).row({ date: '2026-03-03' }).inChinese().parse();
    expect(duplicatesInSet(TRAININGS_IMPORT, courses.records).map(({ row, column }) => ({ row, column }))).toEqual([{ row: 3, column: '培训课程' }]);
  });

  it('export attendees so that they read back the same', () => {
    expect(formatAttendeeCells([{ login: 'a', score: 90 }, { login: 'b', score: 90 }])).toEqual({ attendees: 'a;b', score: '90' });
    expect(formatAttendeeCells([{ login: 'a', score: null }, { login: 'b', score: null }])).toEqual({ attendees: 'a;b', score: '' });
    expect(formatAttendeeCells([{ login: 'a', score: 90 }, { login: 'b', score: null }, { login: 'c', score: 72.5 }])).toEqual({ attendees: 'a:90;b;c:72.5', score: '' });
    const { records } = anImportTable('trainings').row({ attendees: 'a:90;b;c:72.5', score: '' }).parse();
    expect(records[0]!.attendees).toEqual([{ login: 'a', score: 90 }, { login: 'b', score: null }, { login: 'c', score: 72.5 }]);
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
