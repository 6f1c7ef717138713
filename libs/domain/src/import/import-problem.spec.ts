import { formatImportProblem, hasErrors, sortProblems, type ImportProblem } from './import-problem';

const problem = (changes: Partial<ImportProblem>): ImportProblem => ({ file: 'visits.csv', row: 5, column: '到达时间', code: 'beforeReported', severity: 'error', params: { reportedAt: '2026-03-01T09:00:00+08:00' }, ...changes });

describe('the import report', () => {
  it.each<[string, Partial<ImportProblem>, string, string]>([
    ['a cell', {}, 'visits.csv 第 5 行「到达时间」列：不能早于报修时间（2026-03-01T09:00:00+08:00）', 'visits.csv, row 5, column "到达时间": Cannot be earlier than the report time (2026-03-01T09:00:00+08:00)'],
    ['a file', { row: null, column: null, code: 'notUtf8', params: {} }, 'visits.csv：文件不是 UTF-8 编码（可能是 GBK）：请在 Excel 中另存为「CSV UTF-8」', 'visits.csv: The file is not UTF-8 (perhaps GBK): save it as "CSV UTF-8" in Excel'],
    ['a warning', { row: 1, column: 'remark', code: 'unknownColumn', severity: 'warning' }, 'visits.csv 第 1 行「remark」列（提示）：未知的列，已忽略', 'visits.csv, row 1, column "remark" (warning): Unknown column, ignored'],
  ])('names file, row, column and reason of %s in both languages', (_name, changes, zh, en) => {
    expect(formatImportProblem(problem(changes), 'zh-CN')).toBe(zh);
    expect(formatImportProblem(problem(changes), 'en')).toBe(en);
  });

  it('sorts by the order of the files, then rows, keeping the order within a row', () => {
    const problems = [problem({ file: 'visits.csv', row: 3 }), problem({ file: 'service_requests.csv', row: 9, column: 'b' }), problem({ file: 'service_requests.csv', row: 9, column: 'a' }), problem({ file: 'service_requests.csv', row: null })];
    expect(sortProblems(problems, ['service_requests.csv', 'visits.csv']).map((p) => `${p.file}:${p.row}:${p.column}`)).toEqual([
      'service_requests.csv:null:到达时间', 'service_requests.csv:9:b', 'service_requests.csv:9:a', 'visits.csv:3:到达时间',
    ]);
  });

  it('tells errors from warnings', () => {
    expect(hasErrors([problem({ severity: 'warning' })])).toBe(false);
    expect(hasErrors([problem({ severity: 'warning' }), problem({})])).toBe(true);
  });
});
