import fc from 'fast-check';
import { CsvRecordReader, csvLine, readCsv } from './csv-reader';

describe('readCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF and CR line ends', 'a,b\r\n1,2\r3,4\r\n', [['a', 'b'], ['1', '2'], ['3', '4']]],
    ['a byte order mark', '\uFEFFcode,type\nSR1,REPAIR\n', [['code', 'type'], ['SR1', 'REPAIR']]],
    ['quoted commas and quotes', 'a,b\n"x, y","say ""hi"""\n', [['a', 'b'], ['x, y', 'say "hi"']]],
    ['a line break inside quotes is one row', 'a,b\n"line 1\nline 2",z\nnext,row\n', [['a', 'b'], ['line 1\nline 2', 'z'], ['next', 'row']]],
    ['empty cells', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['an empty line is a row of one empty cell', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['a trailing delimiter', 'a,b,\n', [['a', 'b', '']]],
    ['a quote inside an unquoted field is text', 'a"b,c\n', [['a"b', 'c']]],
    ['text after a closing quote is kept', '"ab"cd,e\n', [['abcd', 'e']]],
    ['Chinese text', '工单号,客户姓名\nSR1,张伟\n', [['工单号', '客户姓名'], ['SR1', '张伟']]],
    ['an empty quoted field', '"",x\n', [['', 'x']]],
  ])('reads %s', (_name, text, expected) => {
    expect(readCsv(text)).toEqual(expected);
  });

  it('reads the same records whatever the chunk boundaries', () => {
    const text = '\uFEFFa,b\r\n"x ""q"", y","multi\r\nline"\r\nlast,"end"';
    const expected = readCsv(text);
    for (let size = 1; size <= text.length; size++) {
      const reader = new CsvRecordReader();
      const records: string[][] = [];
      for (let start = 0; start < text.length; start += size) records.push(...reader.push(text.slice(start, start + size)));
      records.push(...reader.end());
      expect(records).toEqual(expected);
    }
  });
});

describe('csvLine', () => {
  it('quotes only where needed', () => {
    expect(csvLine(['a', 'b c', 'x,y', 'say "hi"', 'l1\nl2', null, ''])).toBe('a,b c,"x,y","say ""hi""","l1\nl2",,');
  });

  it('writes what readCsv reads back', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '张', ',', '"', '\n', '\r', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => csvLine(row)).join('\r\n') + '\r\n';
        expect(readCsv(text)).toEqual(rows);
      }),
    );
  });
});
