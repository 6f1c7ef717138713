import { evidenceCompletenessOf, hasEvidence } from './evidence-completeness.util';

const criterion = (overrides: Partial<Parameters<typeof hasEvidence>[0]> = {}): Parameters<typeof hasEvidence>[0] => ({
  method: 'MANUAL',
  excluded: false,
  documentIds: [],
  kpiValue: null,
  sampled: null,
  judgement: null,
  ...overrides,
});
const judgement = { outcome: 'CONFORMING' as const, note: null, evidenceLinks: [], recordedAt: new Date('2026-03-01T00:00:00Z') };

describe('hasEvidence', () => {
  it.each([
    ['a document in force', criterion({ method: 'DOCUMENT', documentIds: ['d1'] }), true],
    ['no document in force', criterion({ method: 'DOCUMENT' }), false],
    ['a KPI value, even zero', criterion({ method: 'KPI', kpiValue: 0 }), true],
    ['a KPI without population', criterion({ method: 'KPI' }), false],
    ['sampled records', criterion({ method: 'SAMPLE', sampled: 3 }), true],
    ['an empty sample', criterion({ method: 'SAMPLE', sampled: 0 }), false],
    ['an unjudged manual criterion', criterion(), false],
    ['a judged manual criterion', criterion({ judgement }), true],
    ['an open KPI criterion judged by hand', criterion({ method: 'KPI', judgement }), true],
  ])('%s → %s', (_name, given, expected) => {
    expect(hasEvidence(given)).toBe(expected);
  });
});

describe('evidenceCompletenessOf', () => {
  it('counts criteria with evidence out of the applicable ones', () => {
    expect(evidenceCompletenessOf([criterion({ judgement }), criterion(), criterion({ method: 'KPI', kpiValue: 0.9 }), criterion({ excluded: true, judgement })])).toEqual({
      withEvidence: 2,
      total: 3,
      ratio: 2 / 3,
    });
  });

  it('has no ratio when every criterion is excluded', () => {
    expect(evidenceCompletenessOf([criterion({ excluded: true })])).toEqual({ withEvidence: 0, total: 0, ratio: null });
  });
});
