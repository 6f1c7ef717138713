/**
 * Exact rational arithmetic for scores. A certificate turns on whether a score is 94.99 or 95.00,
 * and sampled criteria produce fractions like 8 × 17/20; binary floating point cannot promise the
 * second decimal, integers over a common denominator can.
 */
export class ExactRatio {
  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  static of(numerator: bigint, denominator = 1n): ExactRatio {
    if (denominator === 0n) throw new RangeError('ExactRatio with a zero denominator');
    const sign = denominator < 0n ? -1n : 1n;
    const divisor = gcd(abs(numerator), abs(denominator)) || 1n;
    return new ExactRatio((sign * numerator) / divisor, (sign * denominator) / divisor);
  }

  static integer(value: number): ExactRatio {
    return ExactRatio.of(BigInt(value));
  }

  /** A points value of at most two decimals (the catalogue validator enforces that) as hundredths. */
  static points(value: number): ExactRatio {
    return ExactRatio.of(BigInt(Math.round(value * 100)), 100n);
  }

  static readonly ZERO = ExactRatio.of(0n);

  plus(other: ExactRatio): ExactRatio {
    return ExactRatio.of(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  minus(other: ExactRatio): ExactRatio {
    return this.plus(ExactRatio.of(-other.numerator, other.denominator));
  }

  times(other: ExactRatio): ExactRatio {
    return ExactRatio.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  dividedBy(other: ExactRatio): ExactRatio {
    return ExactRatio.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  compare(other: ExactRatio): number {
    const difference = this.numerator * other.denominator - other.numerator * this.denominator;
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
  }

  clamp(min: ExactRatio, max: ExactRatio): ExactRatio {
    if (this.compare(min) < 0) return min;
    if (this.compare(max) > 0) return max;
    return this;
  }

  /** Rounded half away from zero to `decimals` places, then as a number (exact up to the double nearest). */
  round(decimals: number): number {
    const scale = 10n ** BigInt(decimals);
    const scaled = abs(this.numerator) * scale * 2n + this.denominator;
    const rounded = scaled / (2n * this.denominator);
    const signed = this.numerator < 0n ? -rounded : rounded;
    return Number(signed) / Number(scale) || 0;
  }

  toNumber(): number {
    return Number(this.numerator) / Number(this.denominator);
  }
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
