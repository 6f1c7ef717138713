/**
 * PostgreSQL COPY text format (tab-separated, `\N` for NULL): the cheapest way to hand PostgreSQL
 * millions of rows, with no SQL parsing or parameter arrays per batch.
 */
export type CopyValue = string | number | boolean | Date | null | undefined | object;

const SPECIAL = /[\\\t\n\r]/;

/** A text field with the characters that would end a field or a row escaped. */
export function escapeCopyText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeCopyText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY cannot carry the number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  // Objects and arrays go to jsonb columns.
  return escapeCopyText(JSON.stringify(value));
}

/** One row as a line of COPY text, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let index = 0; index < values.length; index++) {
    if (index) line += '\t';
    line += copyField(values[index]);
  }
  return line + '\n';
}
