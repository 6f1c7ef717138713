import { joinedPieces } from './copy-writer';

describe('COPY pieces', () => {
  it('joins rows into pieces of about the given size, in order, losing nothing', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `row ${i}\n`);
    const pieces = [...joinedPieces(rows, 20)];
    expect(pieces.join('')).toBe(rows.join(''));
    expect(pieces.map((piece) => piece.length)).toEqual([24, 24, 12]);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(20);
  });

  it('gives nothing for no rows', () => {
    expect([...joinedPieces([])]).toEqual([]);
  });
});
