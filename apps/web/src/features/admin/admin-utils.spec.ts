import { describe, expect, it } from 'vitest';
import { blankToNull, formPathOf, serverErrorsToFormFields } from './admin-form.util';
import { importProgress, sortedProblems, totalBytes } from './import-upload.util';
import { weightSum } from './survey-template.util';
import { clearedTargetKeys, overriddenKeys, toTargetValuesInput } from './targets.util';

describe('admin form errors', () => {
  it('maps dotted API fields onto form paths, without the input prefix', () => {
    expect(formPathOf('factors.1.weight')).toEqual(['factors', 1, 'weight']);
    expect(formPathOf('targets.arrivalHours', 'targets')).toEqual(['arrivalHours']);
  });

  it('puts errors on known fields and the rest in the banner', () => {
    const mapped = serverErrorsToFormFields(
      [
        { field: 'code', code: 'duplicate', message: '已存在相同编码的记录' },
        { field: 'code', code: 'duplicate', message: '已存在相同编码的记录' },
        { field: 'expectedVersion', code: 'x', message: '版本冲突' },
      ],
      ['code', 'name'],
    );
    expect(mapped).toEqual({ fields: [{ name: ['code'], errors: ['已存在相同编码的记录'] }], unmatched: ['版本冲突'] });
  });

  it('turns empty text into null', () => {
    expect(blankToNull({ name: ' ', city: '上海', count: 0, flag: undefined })).toEqual({ name: null, city: '上海', count: 0, flag: null });
  });
});

describe('import progress', () => {
  it.each([
    ['reading', 0, 0],
    ['reading', 0.5, 5],
    ['uploading', 0, 10],
    ['uploading', 0.5, 50],
    ['uploading', 2, 90],
    ['processing', 0, 95],
    ['done', 0, 100],
  ] as const)('%s at %s → %s %%', (phase, fraction, percent) => {
    expect(importProgress(phase, fraction)).toBe(percent);
  });

  it('lists errors first, then by file, row and column; counts bytes', () => {
    const problem = (severity: 'error' | 'warning', file: string, row: number | null, column: string | null) =>
      ({ __typename: 'ImportProblemItem', severity, file, row, column, code: 'c', message: 'm' }) as const;
    const sorted = sortedProblems([problem('warning', 'a.csv', null, 'x'), problem('error', 'b.csv', 3, 'kind'), problem('error', 'b.csv', 2, 'name'), problem('error', 'a.csv', null, null)]);
    expect(sorted.map((item) => `${item.severity}:${item.file}:${item.row ?? '-'}`)).toEqual(['error:a.csv:-', 'error:b.csv:2', 'error:b.csv:3', 'warning:a.csv:-']);
    expect(totalBytes([{ size: 3 }, { size: 4 }])).toBe(7);
  });
});

describe('targets', () => {
  it('lists the set keys, sends every key, and names the ones cleared', () => {
    expect(overriddenKeys({ arrivalHours: 24, resolutionHours: null })).toEqual(['ARRIVAL_HOURS']);
    const input = toTargetValuesInput({ arrivalHours: 12 });
    expect(Object.keys(input)).toHaveLength(11);
    expect(input.arrivalHours).toBe(12);
    expect(input.resolutionHours).toBeNull();
    expect(clearedTargetKeys({ arrivalHours: 24, resolutionHours: 72 }, input)).toEqual(['RESOLUTION_HOURS']);
  });

  it('adds up survey weights without floating-point noise', () => {
    expect(weightSum([{ weight: 0.1 }, { weight: 0.2 }, undefined, { weight: null }])).toBe(0.3);
  });
});
