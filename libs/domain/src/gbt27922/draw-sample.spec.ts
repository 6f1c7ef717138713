import fc from 'fast-check';
import { drawSample, drawSamplePositions, fnv1a } from './draw-sample';

const IDS = Array.from({ length: 50 }, (_, index) => `SR-2026-${String(index + 1).padStart(4, '0')}`);

describe('drawSample', () => {
  it('draws the same sample for the same ids in any order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 40 }), fc.nat(45), fc.string(), (ids, size, seed) => {
        const shuffled = [...ids].reverse();
        expect(drawSample(shuffled, size, seed)).toEqual(drawSample(ids, size, seed));
      }),
    );
  });

  it('draws distinct ids from the input, as many as asked or all there are', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...IDS.slice(0, 12))), fc.nat(20), fc.integer(), (ids, size, seed) => {
        const sample = drawSample(ids, size, seed);
        expect(new Set(sample).size).toBe(sample.length);
        expect(sample.length).toBe(Math.min(size, new Set(ids).size));
        for (const id of sample) expect(ids).toContain(id);
      }),
    );
  });

  it('keeps the smaller sample as the start of a larger one with the same seed', () => {
    expect(drawSample(IDS, 15, 'audit-2026').slice(0, 5)).toEqual(drawSample(IDS, 5, 'audit-2026'));
  });

  it('draws differently for another seed', () => {
    expect(drawSample(IDS, 10, 'audit-2026')).not.toEqual(drawSample(IDS, 10, 'audit-2027'));
  });

  it('is pinned: the algorithm must not change under past samples', () => {
    expect(drawSample(IDS, 5, '2026 年度审核')).toEqual(drawSample([...IDS].reverse(), 5, '2026 年度审核'));
    expect(drawSample(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 4, 27922)).toEqual(['f', 'b', 'h', 'c']);
    // A number seed is its decimal text, so the CLI (text) and the API (number) agree.
    expect(drawSample(['h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'], 4, '27922')).toEqual(['f', 'b', 'h', 'c']);
  });

  it('draws the same records by position as from the ids themselves (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 60 }), fc.nat(70), fc.string(), (ids, size, seed) => {
        const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const positions = drawSamplePositions(ids.length, size, seed);
        expect(new Set(positions).size).toBe(positions.length);
        expect(positions.map((position) => sorted[position])).toEqual(drawSample(ids, size, seed));
      }),
    );
    expect(drawSamplePositions(8, 4, 27922)).toEqual([5, 1, 7, 2]);
  });

  it('hashes seeds with standard FNV-1a', () => {
    expect(fnv1a([])).toBe(0x811c9dc5);
    expect(fnv1a([0x61])).toBe(0xe40c292c);
  });

  it('refuses a negative or fractional size and draws nothing from nothing', () => {
    expect(() => drawSample(IDS, -1, 1)).toThrow(RangeError);
    expect(() => drawSample(IDS, 2.5, 1)).toThrow(RangeError);
    expect(drawSample([], 5, 1)).toEqual([]);
    expect(drawSample(IDS, 0, 1)).toEqual([]);
  });
});

