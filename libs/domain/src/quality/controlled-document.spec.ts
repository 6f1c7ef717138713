import fc from 'fast-check';
import { ValidationFailed } from '../common/field-error';
import { addLocalDays } from '../kpi/kpi-calendar';
import { documentCoverage, isDocumentInForce, isEffectiveOn, validateApproval, validateDocumentDraft, type DocumentValidity } from './controlled-document';

const codesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e) => `${e.field}:${e.code}`);
    throw error;
  }
  throw new Error('expected ValidationFailed');
};

const version = (id: string, effectiveFrom: string | null, effectiveTo: string | null, status: DocumentValidity['status'] = 'APPROVED'): DocumentValidity => ({
  id,
  documentType: 'SERVICE_POLICY',
  status,
  effectiveFrom,
  effectiveTo,
});

describe('validateDocumentDraft', () => {
  it('keeps a draft of a known type, trimmed', () => {
    expect(validateDocumentDraft({ documentType: 'FAQ', title: ' 常见问题 ', versionLabel: 'A/0', published: true })).toEqual({
      documentType: 'FAQ',
      title: '常见问题',
      versionLabel: 'A/0',
      description: null,
      authorId: null,
      published: true,
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', {}, ['documentType:required', 'title:required', 'versionLabel:required']],
    ['an unknown type', { documentType: 'MEMO', title: 't', versionLabel: '1' }, ['documentType:invalidChoice']],
    ['a published policy', { documentType: 'SERVICE_POLICY', title: 't', versionLabel: '1', published: true }, ['published:notCustomerFacing']],
    ['a long label', { documentType: 'FAQ', title: 't', versionLabel: 'x'.repeat(33) }, ['versionLabel:tooLong']],
  ])('refuses %s', (_, draft, codes) => {
    expect(codesOf(() => validateDocumentDraft(draft))).toEqual(codes);
  });
});

describe('validateApproval', () => {
  const draft = { status: 'DRAFT' as const, authorId: 'author', hasFile: true, previous: null };

  it('approves from a day, with no previous version to end', () => {
    expect(validateApproval(draft, { approvedById: 'boss', effectiveFrom: '2026-01-01' })).toEqual({
      approvedById: 'boss',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      previousEffectiveTo: null,
    });
  });

  it('ends the previous version the day before the new one takes effect', () => {
    expect(validateApproval({ ...draft, previous: { effectiveFrom: '2025-01-01' } }, { approvedById: 'boss', effectiveFrom: '2026-03-01' }).previousEffectiveTo).toBe('2026-02-28');
  });

  it.each<[string, Parameters<typeof validateApproval>[0], Parameters<typeof validateApproval>[1], string[]]>([
    ['by its author', draft, { approvedById: 'author', effectiveFrom: '2026-01-01' }, ['approvedById:sameAsAuthor']],
    ['without a file', { ...draft, hasFile: false }, { approvedById: 'boss', effectiveFrom: '2026-01-01' }, ['file:required']],
    ['twice', { ...draft, status: 'APPROVED' }, { approvedById: 'boss', effectiveFrom: '2026-01-01' }, ['status:notDraft']],
    ['with no approver nor day', draft, {}, ['approvedById:required', 'effectiveFrom:required']],
    ['ending before it starts', draft, { approvedById: 'boss', effectiveFrom: '2026-01-02', effectiveTo: '2026-01-01' }, ['effectiveTo:beforeStart']],
    ['not after the previous version', { ...draft, previous: { effectiveFrom: '2026-01-01' } }, { approvedById: 'boss', effectiveFrom: '2026-01-01' }, ['effectiveFrom:notAfterPrevious']],
  ])('refuses approval %s', (_, facts, input, codes) => {
    expect(codesOf(() => validateApproval(facts, input))).toEqual(codes);
  });
});

describe('documentCoverage: in force for the whole period', () => {
  const year = { from: '2026-01-01', to: '2026-12-31' };

  it.each<[string, DocumentValidity[], boolean]>([
    ['one open-ended version from before the period', [version('a', '2025-06-01', null)], true],
    ['a version from the first day', [version('a', '2026-01-01', null)], true],
    ['a version approved in the middle of the period', [version('a', '2026-07-01', null)], false],
    ['a version that ended before the period end', [version('a', '2025-01-01', '2026-11-30')], false],
    ['a superseded version followed the next day by its successor', [version('a', '2025-01-01', '2026-05-31', 'SUPERSEDED'), version('b', '2026-06-01', null)], true],
    ['a one-day gap between versions', [version('a', '2025-01-01', '2026-05-30', 'SUPERSEDED'), version('b', '2026-06-01', null)], false],
    ['only a draft', [version('a', null, null, 'DRAFT')], false],
    ['nothing', [], false],
    ['overlapping versions of two documents of the type', [version('a', '2025-01-01', '2026-08-31'), version('b', '2026-03-01', null)], true],
  ])('%s → %s', (_, versions, inForce) => {
    expect(isDocumentInForce(versions, year)).toBe(inForce);
  });

  it('names the uncovered days and the versions that counted', () => {
    expect(documentCoverage([version('b', '2026-06-01', '2026-09-30'), version('x', '2024-01-01', '2024-12-31')], year)).toEqual({
      inForce: false,
      versionIds: ['b'],
      gaps: [
        { from: '2026-01-01', to: '2026-05-31' },
        { from: '2026-10-01', to: '2026-12-31' },
      ],
    });
  });

  it('tells whether a version is effective on a day', () => {
    expect(isEffectiveOn(version('a', '2026-01-01', '2026-01-31'), '2026-01-31')).toBe(true);
    expect(isEffectiveOn(version('a', '2026-01-01', '2026-01-31'), '2026-02-01')).toBe(false);
    expect(isEffectiveOn(version('a', null, null, 'DRAFT'), '2026-02-01')).toBe(false);
  });
});

describe('documentCoverage: properties', () => {
  const START = '2026-01-01';
  const day = (offset: number) => addLocalDays(START, offset);

  it('a chain of versions cut at any days covers exactly what one version over the same days covers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 360 }), { maxLength: 8 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }), (cuts, a, b) => {
        const bounds = [0, ...[...cuts].sort((x, y) => x - y), 365];
        const chain = bounds.slice(0, -1).map((from, index) => version(`v${index}`, day(from), day(bounds[index + 1]! - 1), 'SUPERSEDED'));
        const period = { from: day(Math.min(a, b)), to: day(Math.max(a, b)) };
        expect(isDocumentInForce(chain, period)).toBe(true);
        expect(documentCoverage(chain, period).inForce).toBe(isDocumentInForce([version('one', day(0), day(364))], period));
      }),
    );
  });

  it('leaving out any one day of the period leaves exactly that day uncovered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 59 }), (missing) => {
        const versions = [version('after', day(missing + 1), null)];
        if (missing > 0) versions.push(version('before', day(-10), day(missing - 1)));
        const coverage = documentCoverage(versions, { from: day(0), to: day(59) });
        expect(coverage.inForce).toBe(false);
        expect(coverage.gaps).toEqual([{ from: day(missing), to: day(missing) }]);
      }),
    );
  });
});
