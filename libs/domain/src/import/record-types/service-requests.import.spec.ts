import { anImportTable } from '../import-table.factory';
import { SERVICE_REQUEST_COLUMNS, closedAtCellOf, requestTimesOf } from './service-requests.import';

const problemsOf = (changes: Record<string, string>) =>
  anImportTable('service_requests').row(changes).parse().problems.map(({ row, column, code }) => ({ row, column, code }));

describe('service_requests.csv rows', () => {
  it('reads a valid row, times without offset in the organisation’s zone', () => {
    const { records, problems } = anImportTable('service_requests').row().parse();
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      code: 'SR-H-0001', type: 'REPAIR', channel: 'HOTLINE', priority: 'NORMAL', customerPhone: '13800138000', productModel: 'KFR-35GW',
      purchaseDate: '2025-05-01', status: 'CLOSED', reopened: false, source: { row: 2 },
      reportedAt: new Date('2026-03-01T01:00:00Z'), closedAt: new Date('2026-03-03T02:00:00Z'),
    });
  });

  it('reads Chinese headers in any order and defaults the priority', () => {
    const { records, problems } = anImportTable('service_requests')
      .withColumns('status', 'reported_at', 'outlet_code', 'product_model', 'customer_phone', 'customer_name', 'channel', 'type', 'code', 'fault_description')
      .row({ status: 'NEW' })
      .inChinese()
      .parse();
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ code: 'SR-H-0001', priority: 'NORMAL', status: 'NEW', acknowledgedAt: null });
  });

  it('reports a missing required column once and reads no rows', () => {
    const parsed = anImportTable('service_requests').withColumns('code', 'type').row().parse();
    expect(parsed.records).toEqual([]);
    expect(parsed.problems.map((p) => [p.row, p.column, p.code])).toContainEqual([1, 'outlet_code', 'missingColumn']);
  });

  it('warns about an unknown column and goes on', () => {
    const parsed = anImportTable('service_requests').withColumns(...SERVICE_REQUEST_COLUMNS.map((spec) => spec.key), '备注').row().parse();
    expect(parsed.records).toHaveLength(1);
    expect(parsed.problems).toEqual([{ file: 'service_requests.csv', row: 1, column: '备注', code: 'unknownColumn', severity: 'warning' }]);
  });

  it.each<[string, Record<string, string>, string, string]>([
    ['an unknown type', { type: 'FIX' }, 'type', 'invalidChoice'],
    ['a bad phone', { customer_phone: '12345' }, 'customer_phone', 'invalidPhone'],
    ['a repair without fault', { fault_description: '' }, 'fault_description', 'requiredForRepair'],
    ['a missing code', { code: '' }, 'code', 'required'],
    ['a too long code', { code: 'X'.repeat(33) }, 'code', 'tooLong'],
    ['a bad time', { reported_at: '2026-03-01' }, 'reported_at', 'invalidInstant'],
    ['a time in the future', { reported_at: '2027-01-01T00:00:00' }, 'reported_at', 'inFuture'],
    ['an impossible purchase date', { purchase_date: '2025-02-29' }, 'purchase_date', 'invalidDate'],
    ['acknowledged before reported', { acknowledged_at: '2026-03-01T08:00:00' }, 'acknowledged_at', 'beforeReported'],
    ['resolved before acknowledged', { resolved_at: '2026-03-01T09:10:00' }, 'resolved_at', 'beforeAcknowledged'],
    ['closed before resolved', { closed_at: '2026-03-02T14:00:00' }, 'closed_at', 'beforeResolved'],
    ['CLOSED without closing time', { closed_at: '' }, 'closed_at', 'requiredForStatus'],
    ['RESOLVED with a closing time', { status: 'RESOLVED' }, 'closed_at', 'notAllowedForStatus'],
    ['NEW reopened', { status: 'NEW', acknowledged_at: '', resolved_at: '', closed_at: '', reopened: '是' }, 'reopened', 'notAllowedForStatus'],
    ['CANCELLED after resolution', { status: 'CANCELLED' }, 'resolved_at', 'notAllowedForStatus'],
    ['a bad boolean', { reopened: 'maybe' }, 'reopened', 'invalidBoolean'],
    ['an unknown status', { status: 'DONE' }, 'status', 'invalidChoice'],
  ])('refuses %s', (_name, changes, column, code) => {
    expect(problemsOf(changes)).toContainEqual({ row: 2, column, code });
  });

  it('names the column as the file writes it', () => {
    const parsed = anImportTable('service_requests').row({ acknowledged_at: '2026-03-01T08:00:00' }).inChinese().parse();
    expect(parsed.problems).toEqual([expect.objectContaining({ file: 'service_requests.csv', row: 2, column: '响应时间', code: 'beforeReported' })]);
  });

  it('reports every problem of a row, and rows are numbered as in a spreadsheet', () => {
    const parsed = anImportTable('service_requests').row().row({ code: 'SR-2', type: 'X', customer_phone: 'no' }).parse();
    expect(parsed.records).toHaveLength(1);
    expect(parsed.problems.map((p) => [p.row, p.column])).toEqual([[3, 'type'], [3, 'customer_phone']]);
  });

  it('keeps the cancellation of a CANCELLED request in closed_at, and writes it back there', () => {
    const { records } = anImportTable('service_requests').row({ status: 'CANCELLED', resolved_at: '', closed_at: '2026-03-01T12:00:00' }).parse();
    const times = requestTimesOf(records[0]!);
    expect(times).toEqual({ closedAt: null, cancelledAt: new Date('2026-03-01T04:00:00Z') });
    expect(closedAtCellOf({ status: 'CANCELLED', ...times })).toEqual(times.cancelledAt);
    const { records: [noTime] } = anImportTable('service_requests').row({ status: 'CANCELLED', resolved_at: '', closed_at: '' }).parse();
    expect(requestTimesOf(noTime!).cancelledAt).toEqual(new Date('2026-03-01T01:20:00Z'));
  });
});
