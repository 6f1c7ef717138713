import { ImportFileParser } from './import-file-parser';
import { TEST_IMPORT_CONTEXT } from './import-table.factory';
import { OUTLETS_IMPORT } from './record-types/outlets.import';
import { recordTypeOfFileName } from './record-types';

const parse = (rows: string[][]) => {
  const parser = new ImportFileParser('outlets.csv', OUTLETS_IMPORT, TEST_IMPORT_CONTEXT);
  rows.forEach((cells, index) => parser.push(cells, index + 1));
  return parser.finish();
};

describe('ImportFileParser', () => {
  it('skips blank rows but keeps counting rows as a spreadsheet does', () => {
    const parsed = parse([['code', 'name', 'kind', 'city'], ['SH-01', '徐汇站', 'OWN', '上海'], ['', '', '', ''], ['BJ-01', '朝阳站', 'SHOP', '北京']]);
    expect(parsed.records.map((record) => record.code)).toEqual(['SH-01']);
    expect(parsed.rowCount).toBe(2);
    expect(parsed.problems).toEqual([{ file: 'outlets.csv', row: 4, column: 'kind', code: 'invalidChoice', severity: 'error', params: { value: 'SHOP', allowed: 'OWN, PARTNER, AGENT' } }]);
  });

  it('refuses cells beyond the header (an unquoted comma shifts a row)', () => {
    const parsed = parse([['code', 'name', 'kind', 'city'], ['SH-01', '徐汇站', '一部', 'OWN', '上海']]);
    expect(parsed.problems).toEqual([{ file: 'outlets.csv', row: 2, column: null, code: 'tooManyCells', severity: 'error' }]);
  });

  it('refuses a column given twice, in English and in Chinese', () => {
    const parsed = parse([['code', 'name', 'kind', 'city', '网点编码'], ['SH-01', '徐汇站', 'OWN', '上海', 'SH-01']]);
    expect(parsed.records).toEqual([]);
    expect(parsed.problems).toEqual([{ file: 'outlets.csv', row: 1, column: '网点编码', code: 'duplicateColumn', severity: 'error' }]);
  });

  it('tolerates case and spaces in English headers', () => {
    expect(parse([[' Code ', 'NAME', 'Kind', 'city'], ['SH-01', '徐汇站', 'own', '上海']]).records).toHaveLength(1);
  });

  it('reports a file without header', () => {
    expect(parse([]).problems).toEqual([{ file: 'outlets.csv', row: null, column: null, code: 'emptyFile', severity: 'error' }]);
  });
});

describe('recordTypeOfFileName', () => {
  it.each([
    ['service_requests.csv', 'service_requests'],
    ['/tmp/x/visits.xlsx', 'visits'],
    ['Return_Visits.CSV', 'return_visits'],
    ['visits-2025.xlsx', 'visits'],
    ['service_requests (1).csv', 'service_requests'],
    ['staff.csv', 'staff'],
    ['visitsx.csv', null],
    ['qualifications.csv', 'qualifications'],
    ['trainings-2025.xlsx', 'trainings'],
    ['orders.csv', null],
  ])('%s → %s', (name, expected) => {
    expect(recordTypeOfFileName(name)).toBe(expected);
  });
});
