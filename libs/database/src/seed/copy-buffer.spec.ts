import fc from 'fast-check';
import { CopyBuffer } from './copy-buffer';
import { copyLine, type CopyValue } from './copy-text';

const encoded = (rows: readonly CopyValue[][], pieceBytes?: number): { text: string; pieces: Buffer[] } => {
  const buffer = new CopyBuffer(pieceBytes);
  for (const row of rows) buffer.addRow(row);
  const pieces = buffer.take();
  return { text: Buffer.concat(pieces).toString('utf8'), pieces };
};

describe('COPY buffer', () => {
  it('writes the bytes copyLine gives: text, escapes, NULLs, numbers, booleans, instants and JSON', () => {
    const rows: CopyValue[][] = [
      ['3f1c2a9e-1b2c-4d3e-8f9a-0b1c2d3e4f50', '上海浦东服务中心', null, undefined, 12.5, 0, -3, true, false],
      ['a\tb\nc\rd\\e', new Date('2026-01-02T03:04:05.678Z'), new Date('1999-12-31T23:59:59.999Z'), new Date(0), [{ key: 'a\tb' }], []],
    ];
    expect(encoded(rows).text).toBe(rows.map(copyLine).join(''));
  });

  it('gives the same bytes as copyLine for any rows, across piece boundaries', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(null, undefined, true, false),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
    );
    fc.assert(fc.property(fc.array(fc.array(value, { minLength: 1, maxLength: 8 }), { maxLength: 30 }), (rows) => {
      expect(encoded(rows, 64).text).toBe(rows.map(copyLine).join(''));
    }));
  });

  it('hands out what was written once, in pieces of about the piece size', () => {
    const buffer = new CopyBuffer(20);
    for (let i = 0; i < 10; i++) buffer.addRow([`row ${i}`]);
    expect(buffer.bytes).toBe(60);
    const pieces = buffer.take();
    expect(Buffer.concat(pieces).toString()).toBe(Array.from({ length: 10 }, (_, i) => `row ${i}\n`).join(''));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(20);
    expect(buffer.take()).toEqual([]);
    expect(buffer.bytes).toBe(0);
  });
});
