import { describe, expect, it } from 'vitest';
import {
  catalogFieldKey,
  catalogFieldPath,
  completenessDisplay,
  createAssessmentInputOf,
  errorsByField,
  evidenceLinksOf,
  formatKpiValue,
  kpiName,
  gradeDisplay,
  kpiDashboardLink,
  lastDayOf,
  mayChangeAssessments,
  overallCompleteness,
  safeEvidenceHref,
  sampleRecordLink,
  scorecardBars,
  validateJudgement,
} from './certification.util';

describe('gradeDisplay (grades from the domain, boundaries inclusive)', () => {
  it.each([
    [69.99, 'FAIL', 0, '达标级', 70],
    [70, 'COMPLIANT', 0, '三星级', 80],
    [85.5, 'THREE_STAR', 3, '四星级', 90],
    [94.99, 'FOUR_STAR', 4, '五星级', 95],
    [95, 'FIVE_STAR', 5, null, null],
  ] as const)('%s → %s with %s stars, next %s', (score, grade, stars, nextName, nextMin) => {
    const display = gradeDisplay(score, 'zh-CN');
    expect(display).toMatchObject({ grade, stars });
    expect(display?.next?.name ?? null).toBe(nextName);
    expect(display?.next?.minScore ?? null).toBe(nextMin);
  });

  it('names the grade in English and has nothing to show without a score', () => {
    expect(gradeDisplay(91.19, 'en')).toMatchObject({ name: 'four-star', next: { name: 'five-star' } });
    expect(gradeDisplay(null, 'en')).toBeNull();
  });
});

describe('scorecardBars', () => {
  it('splits each indicator into earned, lost and excluded points', () => {
    const bars = scorecardBars(
      [
        { key: 'SYS.ORG', nameZh: '组织架构', nameEn: 'organisation structure', points: 6, applicablePoints: 6, actualPoints: 4.333333 },
        { key: 'GOODS.RECYC', nameZh: '废弃商品回收', nameEn: 'waste-product take-back', points: 4, applicablePoints: 0, actualPoints: 0 },
        { key: 'GOODS.DELIV', nameZh: '配送', nameEn: 'delivery', points: 6, applicablePoints: 4, actualPoints: 4 },
      ],
      'en',
    );
    expect(bars).toEqual([
      { key: 'SYS.ORG', name: 'organisation structure', earned: 4.33, lost: 1.67, excluded: 0, max: 6 },
      { key: 'GOODS.RECYC', name: 'waste-product take-back', earned: 0, lost: 0, excluded: 4, max: 4 },
      { key: 'GOODS.DELIV', name: 'delivery', earned: 4, lost: 0, excluded: 2, max: 6 },
    ]);
  });
});

describe('evidence completeness', () => {
  it.each([
    [{ withEvidence: 3, total: 3, ratio: 1 }, { percent: 100, status: 'success', label: '3/3' }],
    [{ withEvidence: 2, total: 3, ratio: 2 / 3 }, { percent: 66, status: 'normal', label: '2/3' }],
    [{ withEvidence: 1, total: 4, ratio: 0.25 }, { percent: 25, status: 'exception', label: '1/4' }],
    [{ withEvidence: 0, total: 0, ratio: null }, null],
  ])('%o → %o', (completeness, expected) => {
    expect(completenessDisplay(completeness)).toEqual(expected);
  });

  it('adds the indicators up', () => {
    expect(overallCompleteness([{ evidenceCompleteness: { withEvidence: 2, total: 3 } }, { evidenceCompleteness: { withEvidence: 1, total: 1 } }])).toEqual({ withEvidence: 3, total: 4, ratio: 0.75 });
    expect(overallCompleteness([]).ratio).toBeNull();
  });
});

describe('links from the scorecard', () => {
  it('opens the KPI dashboard over the assessment period', () => {
    expect(kpiDashboardLink({ periodFrom: '2026-01-01', periodTo: '2026-04-01' }, 'complaintTimelyRate')).toBe('/?from=2026-01-01&to=2026-03-31&trend=complaintTimelyRate');
    expect(kpiDashboardLink({ periodFrom: '2026-01-01', periodTo: '2026-04-01' }, null)).toBe('/?from=2026-01-01&to=2026-03-31');
  });

  it('links sampled requests and complaints to their pages', () => {
    expect(sampleRecordLink('SERVICE_REQUEST', 'r-1')).toBe('/requests/r-1');
    expect(sampleRecordLink('COMPLAINT', 'c-1')).toBe('/complaints/c-1');
    expect(sampleRecordLink('STAFF', 's-1')).toBeNull();
  });

  it('formats rates as percent', () => {
    expect(formatKpiValue(10 / 12, 'complaintTimelyRate')).toBe('83.3%');
    expect(formatKpiValue(3.456, 'trainingHoursPerStaff')).toBe('3.5 h');
    expect(formatKpiValue(200, 'complaintRate')).toBe('200.00‰');
    expect(formatKpiValue(4.2, 'avgRating')).toBe('4.20');
    expect(kpiName('complaintRate', 'zh-CN')).toBe('投诉率');
    expect(kpiName('firstTimeFixRate', 'en')).toMatch(/first/i);
    expect(formatKpiValue(null, 'csi')).toBe('—');
  });
});

describe('the new-assessment form', () => {
  it('sends the day after the last picked day (half-open period)', () => {
    expect(createAssessmentInputOf({ firstDay: '2026-01-01', lastDay: '2026-03-31', catalogVersionNo: 2 })).toEqual({ input: { from: '2026-01-01', to: '2026-04-01', catalogVersionNo: 2 } });
    expect(lastDayOf('2026-04-01')).toBe('2026-03-31');
  });

  it.each([
    [{}, 'required'],
    [{ firstDay: '2026-01-01' }, 'required'],
    [{ firstDay: '2026-02-30', lastDay: '2026-03-01' }, 'invalidDate'],
    [{ firstDay: '2026-03-02', lastDay: '2026-03-01' }, 'endBeforeStart'],
  ])('refuses %o: %s', (values, code) => {
    expect(createAssessmentInputOf(values)).toEqual({ errors: { period: code } });
  });
});

describe('the judgement form', () => {
  it('accepts a judgement with links one per line', () => {
    expect(validateJudgement({ outcome: 'CONFORMING', evidenceLinks: 'https://intra.example/a.pdf\n\n/quality/documents\n' })).toEqual({});
    expect(evidenceLinksOf(' https://a.example/x \n\n/y')).toEqual(['https://a.example/x', '/y']);
  });

  it.each([
    [{}, { outcome: 'required' }],
    [{ outcome: 'CONFORMING' as const, evidenceLinks: 'not a link' }, { evidenceLinks: 'invalidLink' }],
    [{ outcome: 'CONFORMING' as const, evidenceLinks: Array.from({ length: 21 }, (_, i) => `/d/${i}`).join('\n') }, { evidenceLinks: 'tooMany' }],
    [{ outcome: 'NOT_APPLICABLE' as const, note: 'x'.repeat(2001) }, { note: 'tooLong' }],
  ])('refuses %o', (values, errors) => {
    expect(validateJudgement(values)).toEqual(errors);
  });

  it.each([
    ['https://intra.example/a.pdf', 'https://intra.example/a.pdf'],
    ['/quality/documents', '/quality/documents'],
    ['javascript:alert(1)', null],
    ['//evil.example/x', null],
    ['binder 3, shelf 2', null],
  ])('links %s as %s', (link, href) => {
    expect(safeEvidenceHref(link)).toBe(href);
  });

  it('leaves the rule of the standard (a note for non-conforming) to the API', () => {
    expect(validateJudgement({ outcome: 'NON_CONFORMING' })).toEqual({});
  });
});

describe('API field paths of the catalogue', () => {
  it('reads bracketed indexes and writes them back', () => {
    expect(catalogFieldPath('indicators[3].criteria[0].points')).toEqual(['indicators', 3, 'criteria', 0, 'points']);
    expect(catalogFieldKey(['indicators', 3, 'criteria', 0, 'points'])).toBe('indicators[3].criteria[0].points');
    expect(catalogFieldKey(catalogFieldPath('indicators.3.criteria'))).toBe('indicators[3].criteria');
    expect(catalogFieldPath('indicators[14].criteria[1].evidence.threshold')).toEqual(['indicators', 14, 'criteria', 1, 'threshold']);
  });

  it('groups messages by field', () => {
    const byField = errorsByField([
      { field: 'label', message: '必填' },
      { field: 'indicators[0].criteria', message: 'a' },
      { field: 'indicators.0.criteria', message: 'b' },
    ]);
    expect(Object.fromEntries(byField)).toEqual({ label: ['必填'], 'indicators[0].criteria': ['a', 'b'] });
  });
});

describe('who changes assessments', () => {
  it.each([
    ['ADMIN', true],
    ['MANAGER', true],
    ['AUDITOR', false],
    ['DISPATCHER', false],
  ])('%s → %s', (role, expected) => {
    expect(mayChangeAssessments(role)).toBe(expected);
  });
});
