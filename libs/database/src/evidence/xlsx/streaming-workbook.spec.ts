import ExcelJS from 'exceljs';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { SheetSeries, StreamingWorkbook } from './streaming-workbook';

async function writeBook(fill: (workbook: StreamingWorkbook) => Promise<void>): Promise<string> {
  const filename = path.join(mkdtempSync(path.join(tmpdir(), 'stardesk-sheets-')), 'book.xlsx');
  const out = createWriteStream(filename);
  const workbook = new StreamingWorkbook(out, new Date('2025-06-30T00:00:00Z'));
  await fill(workbook);
  await workbook.finish();
  await finished(out);
  return filename;
}

async function readBook(filename: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(filename);
  return book;
}

const valuesOf = (sheet: ExcelJS.Worksheet): unknown[][] => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

describe('StreamingWorkbook', () => {
  it('continues on a new sheet with the header once a sheet is full', async () => {
    const filename = await writeBook(async (workbook) => {
      const series = new SheetSeries(workbook, '服务请求', ['请求编号', '客户'], 2);
      for (let row = 1; row <= 5; row++) await series.add([`SR-${row}`, `客户${row}`]);
      await series.close();
      await new SheetSeries(workbook, '投诉', ['投诉编号']).close();
    });
    const book = await readBook(filename);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['服务请求', '服务请求 (2)', '服务请求 (3)', '投诉']);
    expect(book.worksheets.map(valuesOf)).toEqual([
      [['请求编号', '客户'], ['SR-1', '客户1'], ['SR-2', '客户2']],
      [['请求编号', '客户'], ['SR-3', '客户3'], ['SR-4', '客户4']],
      [['请求编号', '客户'], ['SR-5', '客户5']],
      [['投诉编号']],
    ]);
  });

  it('keeps text as written: markup characters, spaces at the ends, blanks, and drops what XML cannot carry', async () => {
    const filename = await writeBook(async (workbook) => {
      const series = new SheetSeries(workbook, 'A<&>"', ['a', 'b', 'c']);
      await series.add(['<b>&"x"</b>', '', ' 前后空格 ']);
      await series.add(['bell\u0007', '=1+1', '']);
      await series.close();
    });
    const [sheet] = (await readBook(filename)).worksheets;
    expect(sheet!.name).toBe('A<&>"');
    expect(sheet!.getRow(2).getCell(1).value).toBe('<b>&"x"</b>');
    expect(sheet!.getRow(2).getCell(2).value).toBeNull();
    expect(sheet!.getRow(2).getCell(3).value).toBe(' 前后空格 ');
    expect(sheet!.getRow(3).getCell(1).value).toBe('bell');
    // Text, never a formula.
    expect(sheet!.getRow(3).getCell(2).value).toBe('=1+1');
  });

  it('gives the same bytes for the same rows', async () => {
    const fill = async (workbook: StreamingWorkbook): Promise<void> => {
      const series = new SheetSeries(workbook, '回访', ['请求编号', '结果']);
      for (let row = 0; row < 2000; row++) await series.add([`SR-${row}`, row % 3 === 0 ? '满意' : '一般']);
      await series.close();
    };
    const first = readFileSync(await writeBook(fill));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(readFileSync(await writeBook(fill)).equals(first)).toBe(true);
  });
});
