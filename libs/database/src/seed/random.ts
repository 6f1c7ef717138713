/**
 * Deterministic pseudo-randomness for generated data: the same seed gives the same organisation,
 * so demo screenshots, tests and benchmarks are reproducible.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** mulberry32: small, fast and good enough for synthetic records. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const table = cumulativeTableOf(weights);
    const roll = this.next() * table.total;
    // The first key whose cumulative weight exceeds the roll: binary search, for networks of thousands of outlets.
    let low = 0;
    let high = table.keys.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (table.cumulative[middle]! > roll) high = middle;
      else low = middle + 1;
    }
    return table.keys[low] as T;
  }

  /** Log-normal sample with the given median; `spread` is sigma of the underlying normal. */
  logNormal(median: number, spread: number): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(spread * normal);
  }

  /** A version-4-shaped UUID drawn from this stream, so ids are reproducible too. */
  uuid(): string {
    const a = hex32(this.next());
    const b = hex32(this.next());
    const c = hex32(this.next());
    const d = hex32(this.next());
    const variant = HEX[(parseInt(c[0]!, 16) & 0x3) | 0x8]!;
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }

}

interface CumulativeTable {
  keys: string[];
  cumulative: number[];
  total: number;
}

/** Weight tables are reused for millions of draws: their running sums are computed once per table. */
const cumulativeTables = new WeakMap<object, CumulativeTable>();

function cumulativeTableOf(weights: Readonly<Record<string, number>>): CumulativeTable {
  let table = cumulativeTables.get(weights);
  if (!table) {
    const keys = Object.keys(weights);
    let total = 0;
    const cumulative = keys.map((key) => (total += weights[key]!));
    table = { keys, cumulative, total };
    cumulativeTables.set(weights, table);
  }
  return table;
}

const HEX = '0123456789abcdef';
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => HEX[byte >>> 4]! + HEX[byte & 15]!);

/** Eight hex digits of a draw in [0, 1), without the slow Number#toString(16). */
function hex32(draw: number): string {
  const word = Math.floor(draw * 4294967296);
  return BYTE_HEX[(word >>> 24) & 255]! + BYTE_HEX[(word >>> 16) & 255]! + BYTE_HEX[(word >>> 8) & 255]! + BYTE_HEX[word & 255]!;
}
