import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SheetSeries } from './build-evidence-package';

describe('SheetSeries', () => {
  it('continues on a new sheet with the header once a sheet is full', async () => {
    const filename = path.join(mkdtempSync(path.join(tmpdir(), 'stardesk-sheets-')), 'book.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: false, useSharedStrings: false });
    const series = new SheetSeries(writer, '服务请求', ['请求编号', '客户'], 2);
    for (let row = 1; row <= 5; row++) series.add([`SR-${row}`, `客户${row}`]);
    series.commit();
    await writer.commit();

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(filename);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['服务请求', '服务请求 (2)', '服务请求 (3)']);
    const values = book.worksheets.map((sheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1)));
    expect(values).toEqual([
      [['请求编号', '客户'], ['SR-1', '客户1'], ['SR-2', '客户2']],
      [['请求编号', '客户'], ['SR-3', '客户3'], ['SR-4', '客户4']],
      [['请求编号', '客户'], ['SR-5', '客户5']],
    ]);
  });
});
