import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { NotUtf8Error, readCsvRows, type SheetRow } from './read-csv-rows';
import { cellText, readXlsxRows } from './read-xlsx-rows';

async function collect(rows: AsyncGenerator<SheetRow>): Promise<SheetRow[]> {
  const all: SheetRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

describe('readCsvRows', () => {
  it('decodes UTF-8 split anywhere between chunks, with or without BOM', async () => {
    const bytes = Buffer.from('\uFEFF工单号,客户姓名\r\nSR-1,"张伟\n（老客户）"\r\n', 'utf8');
    for (const cut of [1, 2, 4, 5, 10, 17]) {
      const rows = await collect(readCsvRows(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)])));
      expect(rows).toEqual([
        { cells: ['工单号', '客户姓名'], number: 1 },
        { cells: ['SR-1', '张伟\n（老客户）'], number: 2 },
      ]);
    }
  });

  it('refuses bytes that are not UTF-8 (a CSV saved as GBK)', async () => {
    const gbk = Buffer.from([0xb9, 0xa4, 0xb5, 0xa5, 0xba, 0xc5, 0x0a]); // 工单号
    await expect(collect(readCsvRows(Readable.from([gbk])))).rejects.toBeInstanceOf(NotUtf8Error);
  });
});

describe('cellText', () => {
  it.each<[string, unknown, string]>([
    ['text', '张伟', '张伟'],
    ['a number', 13800138000, '13800138000'],
    ['a boolean', true, 'true'],
    ['a date, as its wall-clock time', new Date('2026-03-01T09:30:00.000Z'), '2026-03-01 09:30:00'],
    ['a date that float rounding put just before the second', new Date('2026-03-01T09:29:59.999Z'), '2026-03-01 09:30:00'],
    ['rich text', { richText: [{ text: '不' }, { text: '制冷' }] }, '不制冷'],
    ['a formula result', { formula: 'A1', result: 5 }, '5'],
    ['a link', { text: 'SR-1', hyperlink: 'https://example.invalid' }, 'SR-1'],
    ['an empty cell', null, ''],
  ])('reads %s', (_name, value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});

describe('readXlsxRows', () => {
  async function workbook(sheets: Record<string, unknown[][]>): Promise<Readable> {
    const book = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = book.addWorksheet(name);
      for (const row of rows) sheet.addRow(row);
    }
    return Readable.from([Buffer.from(await book.xlsx.writeBuffer())]);
  }

  it('reads the sheet named like the record type, else the first', async () => {
    const named = await collect(readXlsxRows(await workbook({ 说明: [['见第二页']], visits: [['seq'], [1]] }), 'visits'));
    expect(named).toEqual([{ cells: ['seq'], number: 1 }, { cells: ['1'], number: 2 }]);
    const first = await collect(readXlsxRows(await workbook({ 上门记录: [['seq'], [2]], 其他: [['x']] }), 'visits'));
    expect(first).toEqual([{ cells: ['seq'], number: 1 }, { cells: ['2'], number: 2 }]);
  });
});
