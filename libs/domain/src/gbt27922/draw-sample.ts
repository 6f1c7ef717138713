/**
 * Reproducible random samples for SAMPLE criteria: an auditor who knows the seed can draw the very
 * same records again, on any machine. The ids are de-duplicated and sorted first, so the order in
 * which a database returned them does not matter.
 *
 * Algorithm (fixed: changing it would change past samples): the seed's UTF-8 bytes hashed with
 * 32-bit FNV-1a seed a mulberry32 generator, which drives a partial Fisher–Yates shuffle of the
 * sorted ids. The sample is in draw order, so a larger sample of the same seed starts with the
 * smaller one.
 */
export function drawSample(recordIds: readonly string[], size: number, seed: string | number): string[] {
  // Code-unit order, not localeCompare: the same on every machine and locale.
  const pool = [...new Set(recordIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return drawSamplePositions(pool.length, size, seed).map((position) => pool[position] as string);
}

/**
 * The draw of drawSample as positions in the sorted, de-duplicated ids (0-based, in draw order), for
 * a population of `populationSize` ids: the same shuffle, kept sparse (only the slots it touched), so
 * a database can return just the drawn records of a population of millions without sending them all.
 */
export function drawSamplePositions(populationSize: number, size: number, seed: string | number): number[] {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`Sample size must be a whole number ≥ 0, not ${size}`);
  const next = mulberry32(fnv1a(utf8(String(seed))));
  const count = Math.min(size, populationSize);
  /** The slots the shuffle swapped: slot → the position it holds now (an untouched slot holds its own). */
  const moved = new Map<number, number>();
  const at = (slot: number): number => moved.get(slot) ?? slot;
  const drawn: number[] = [];
  for (let index = 0; index < count; index++) {
    const pick = index + Math.floor(next() * (populationSize - index));
    const picked = at(pick);
    moved.set(pick, at(index));
    moved.set(index, picked);
    drawn.push(picked);
  }
  return drawn;
}

/** mulberry32: a small, well-known 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a of a byte sequence. */
export function fnv1a(bytes: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash >>> 0;
}

/** UTF-8 bytes of a string (the lib targets ES2023 without TextEncoder typings). */
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return bytes;
}
