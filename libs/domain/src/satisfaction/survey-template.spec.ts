import fc from 'fast-check';
import { ValidationFailed, fieldErrorMessage, type FieldError } from '../common/field-error';
import { factorLabel, validateSurveyTemplate, type SurveyFactorDraft, type SurveyTemplateDraft } from './survey-template';

/** The automotive after-sales index shape (kpis.md, seed 003): five factors on a 1,000-point scale. */
const CSI_FACTORS: SurveyFactorDraft[] = [
  { key: 'service_initiation', labelZh: '服务启动', labelEn: 'Service initiation', weight: 0.21 },
  { key: 'service_advisor', labelZh: '服务顾问', labelEn: 'Service advisor', weight: 0.19 },
  { key: 'service_quality', labelZh: '服务质量', labelEn: 'Service quality', weight: 0.22 },
  { key: 'facility', labelZh: '服务设施', labelEn: 'Service facility', weight: 0.2 },
  { key: 'vehicle_pickup', labelZh: '车辆交付', labelEn: 'Vehicle pick-up', weight: 0.18 },
];
const template = (overrides: Partial<SurveyTemplateDraft> = {}): SurveyTemplateDraft => ({ code: 'csi-2026', name: ' 售后服务满意度 ', factors: CSI_FACTORS, ...overrides });

function errorsOf(draft: SurveyTemplateDraft): FieldError[] {
  try {
    validateSurveyTemplate(draft);
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors;
    throw error;
  }
  return [];
}
const codes = (draft: SurveyTemplateDraft) => errorsOf(draft).map((e) => `${e.field}:${e.code}`);

describe('validateSurveyTemplate', () => {
  it('accepts the CSI shape (0.21 + 0.19 + 0.22 + 0.20 + 0.18 is 1 up to rounding) and normalises code and name', () => {
    const valid = validateSurveyTemplate(template());
    expect(valid.code).toBe('CSI-2026');
    expect(valid.name).toBe('售后服务满意度');
    expect(valid.factors.map((f) => f.key)).toEqual(CSI_FACTORS.map((f) => f.key));
    expect(factorLabel(valid.factors[0]!, 'en')).toBe('Service initiation');
    expect(factorLabel(valid.factors[0]!, 'zh-CN')).toBe('服务启动');
  });

  it('accepts a template of the overall rating only', () => {
    expect(validateSurveyTemplate(template({ factors: [] })).factors).toEqual([]);
  });

  it('refuses weights that do not add up to 1, saying what they add up to', () => {
    const errors = errorsOf(template({ factors: CSI_FACTORS.map((f, i) => (i === 0 ? { ...f, weight: 0.16 } : f)) }));
    expect(errors).toEqual([{ field: 'factors', code: 'weightsMustSumToOne', params: { sum: 0.95 } }]);
    expect(fieldErrorMessage(errors[0]!, 'zh-CN')).toBe('各项权重之和必须为 1（当前为 0.95）');
  });

  it.each([
    [{ code: '', name: null }, ['code:required', 'name:required']],
    [{ code: 'a b' }, ['code:invalidCode']],
    [{ factors: [{ ...CSI_FACTORS[0], weight: 0.5 }, { ...CSI_FACTORS[0], weight: 0.5 }] }, ['factors.1.key:duplicateKey']],
    [{ factors: [{ key: 'Bad Key', labelZh: '甲', labelEn: 'A', weight: 1 }] }, ['factors.0.key:invalidKey']],
    [{ factors: [{ key: 'a', labelZh: '', labelEn: null, weight: 1 }] }, ['factors.0.labelZh:required', 'factors.0.labelEn:required']],
    [{ factors: [{ key: 'a', labelZh: '甲', labelEn: 'A', weight: null }] }, ['factors.0.weight:required']],
    [{ factors: [{ key: 'a', labelZh: '甲', labelEn: 'A', weight: 0 }, { key: 'b', labelZh: '乙', labelEn: 'B', weight: 1.5 }] }, ['factors.0.weight:outOfRange', 'factors.1.weight:outOfRange']],
  ])('refuses %o field by field', (overrides, expected) => {
    expect(codes(template(overrides as Partial<SurveyTemplateDraft>))).toEqual(expected);
  });

  it('accepts any positive weights scaled to sum to 1, and refuses them scaled to anything else', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (raw, off) => {
      const total = raw.reduce((a, b) => a + b, 0);
      const factors = (scale: number) => raw.map((w, i) => ({ key: `f${i}`, labelZh: `项${i}`, labelEn: `F${i}`, weight: (w / total) * scale }));
      expect(codes(template({ factors: factors(1) }))).toEqual([]);
      expect(codes(template({ factors: factors(off) }))).toContain('factors:weightsMustSumToOne');
    }));
  });
});
