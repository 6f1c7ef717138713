import type { FieldError } from './field-error';

/**
 * Small collectors so each validator reads as a list of rules rather than nested ifs.
 */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(error: FieldError): this {
    this.errors.push(error);
    return this;
  }

  required(field: string, value: unknown): boolean {
    const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (missing) this.add({ field, code: 'required' });
    return !missing;
  }

  maxLength(field: string, value: string | null | undefined, max: number): void {
    if (value && value.length > max) this.add({ field, code: 'tooLong', params: { max } });
  }

  oneOf<T extends string>(field: string, value: string | null | undefined, allowed: readonly T[]): value is T {
    if (value === undefined || value === null) return false;
    if ((allowed as readonly string[]).includes(value)) return true;
    this.add({ field, code: 'invalidChoice', params: { allowed: allowed.join(', ') } });
    return false;
  }

  get list(): FieldError[] {
    return [...this.errors];
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }
}

export function parseInstant(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
