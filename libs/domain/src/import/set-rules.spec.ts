import { anImportTable } from './import-table.factory';
import { SERVICE_REQUESTS_IMPORT } from './record-types/service-requests.import';
import { duplicatesInSet, returnVisitAgainstRequest, visitAgainstRequest, visitNumberingProblems } from './set-rules';

const format = (instant: Date) => instant.toISOString();

describe('rules across rows of a set', () => {
  it('reports a record given twice, naming the first row', () => {
    const { records } = anImportTable('service_requests').row().row({ code: 'SR-2' }).row().parse();
    expect(duplicatesInSet(SERVICE_REQUESTS_IMPORT, records)).toEqual([
      { file: 'service_requests.csv', row: 4, column: 'code', code: 'duplicateInSet', severity: 'error', params: { file: 'service_requests.csv', row: 2, key: 'SR-H-0001' } },
    ]);
  });

  it.each<[string, string[], [string, number[]][], [number, number][]]>([
    ['1, 2, 3', ['1', '2', '3'], [], []],
    ['2 after a stored 1', ['2'], [['SR-H-0001', [1]]], []],
    ['2 without 1', ['2'], [], [[2, 1]]],
    ['1 and 3', ['1', '3'], [], [[3, 2]]],
    ['3 after stored 1, without 2', ['3'], [['SR-H-0001', [1]]], [[3, 2]]],
  ])('numbers visits %s', (_name, seqs, stored, expected) => {
    const table = anImportTable('visits');
    seqs.forEach((seq) => table.row({ seq }));
    const { records } = table.parse();
    const problems = visitNumberingProblems(records, new Map(stored));
    expect(problems.map((problem) => [records.find((record) => record.source.row === problem.row)!.seq, problem.params?.['missing']])).toEqual(expected);
  });

  it('refuses an arrival before the request was reported', () => {
    const { records: [visit] } = anImportTable('visits').row({ arrived_at: '2026-03-01T08:00:00' }).parse();
    const request = { code: 'SR-H-0001', status: 'CLOSED' as const, reportedAt: new Date('2026-03-01T01:00:00Z'), closedAt: null };
    expect(visitAgainstRequest(visit!, request, format)).toEqual([
      expect.objectContaining({ row: 2, column: 'arrived_at', code: 'beforeReported', params: { reportedAt: '2026-03-01T01:00:00.000Z' } }),
    ]);
    expect(visitAgainstRequest({ ...visit!, arrivedAt: new Date('2026-03-01T01:00:00Z') }, request, format)).toEqual([]);
  });

  it('allows return visits only after the closure of a closed request', () => {
    const { records: [visit] } = anImportTable('return_visits').row().parse();
    const closed = { code: 'SR-H-0001', status: 'CLOSED' as const, reportedAt: new Date('2026-03-01T01:00:00Z'), closedAt: new Date('2026-03-03T02:00:00Z') };
    expect(returnVisitAgainstRequest(visit!, closed, format)).toEqual([]);
    expect(returnVisitAgainstRequest(visit!, { ...closed, closedAt: new Date('2026-03-06T00:00:00Z') }, format)).toEqual([
      expect.objectContaining({ column: 'done_at', code: 'beforeRequestClosed' }),
    ]);
    expect(returnVisitAgainstRequest(visit!, { ...closed, status: 'RESOLVED', closedAt: null }, format)).toEqual([
      expect.objectContaining({ column: 'request_code', code: 'requestNotClosed', params: { requestCode: 'SR-H-0001' } }),
    ]);
  });
});
