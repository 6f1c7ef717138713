import type { ImportProblem } from './import-problem';

/** One column of an import layout: its English name (also the key), its Chinese header, whether required. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  zh: string;
  required: boolean;
}

export const column = <K extends string>(key: K, zh: string, required = false): ColumnSpec<K> => ({ key, zh, required });

/** Where each known column is in the file, with its header as written there (for the report). */
export interface HeaderMatch {
  positions: ReadonlyMap<string, { index: number; header: string }>;
  problems: ImportProblem[];
}

/** English headers tolerate case and spaces ("Customer Name"); Chinese ones must match after trimming. */
function normalise(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\u3000/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Matches a header row against a layout, in any order, English or Chinese (even mixed). Missing
 * required columns and columns given twice are errors; unknown columns are warnings and ignored.
 */
export function matchHeaders(file: string, headers: readonly string[], columns: readonly ColumnSpec[]): HeaderMatch {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of columns) {
    byName.set(spec.key, spec);
    byName.set(normalise(spec.zh), spec);
  }
  const positions = new Map<string, { index: number; header: string }>();
  const problems: ImportProblem[] = [];
  headers.forEach((raw, index) => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    if (!header) return;
    const spec = byName.get(normalise(header));
    if (!spec) {
      problems.push({ file, row: 1, column: header, code: 'unknownColumn', severity: 'warning' });
    } else if (positions.has(spec.key)) {
      problems.push({ file, row: 1, column: header, code: 'duplicateColumn', severity: 'error' });
    } else {
      positions.set(spec.key, { index, header });
    }
  });
  for (const spec of columns) {
    if (spec.required && !positions.has(spec.key)) {
      problems.push({ file, row: 1, column: spec.key, code: 'missingColumn', severity: 'error', params: { column: spec.key, zh: spec.zh } });
    }
  }
  return { positions, problems };
}

/** The header row the export writes: English names or the Chinese headers, in the layout's order. */
export function headerRow(columns: readonly ColumnSpec[], language: 'en' | 'zh'): string[] {
  return columns.map((spec) => (language === 'zh' ? spec.zh : spec.key));
}
