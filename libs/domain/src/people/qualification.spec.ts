import { ValidationFailed } from '../common/field-error';
import { isQualificationExpiringWithin, isQualificationValidOn, validateQualification, type QualificationDraft } from './qualification';

const valid: QualificationDraft = {
  staffId: 's-1',
  certificateType: 'REFRIGERATION',
  certificateNo: ' T310101199001011234 ',
  issuer: '上海市应急管理局',
  validFrom: '2024-03-01',
  validUntil: '2030-02-28',
};

function problems(draft: QualificationDraft): string[] {
  try {
    validateQualification(draft);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.errors.map((e) => `${e.field}:${e.code}`);
  }
}

describe('validateQualification', () => {
  it('accepts a certificate, trimming its number', () => {
    expect(validateQualification(valid)).toEqual({ ...valid, certificateNo: 'T310101199001011234', title: null });
  });

  it('accepts a certificate that does not expire', () => {
    expect(validateQualification({ ...valid, validUntil: '' }).validUntil).toBeNull();
  });

  it.each<[string, QualificationDraft, string[]]>([
    ['nothing', {}, ['staffId:required', 'certificateType:required', 'certificateNo:required', 'issuer:required', 'validFrom:required']],
    ['an unknown type', { ...valid, certificateType: 'DRIVER' }, ['certificateType:invalidChoice']],
    ['OTHER without its name', { ...valid, certificateType: 'OTHER' }, ['title:required']],
    ['an impossible date', { ...valid, validFrom: '2024-02-30' }, ['validFrom:invalidDate']],
    ['an end before the start', { ...valid, validUntil: '2024-02-29' }, ['validUntil:beforeStart']],
    ['an overlong issuer', { ...valid, issuer: 'x'.repeat(101) }, ['issuer:tooLong']],
  ])('refuses %s', (_name, draft, expected) => {
    expect(problems(draft)).toEqual(expected);
  });
});

describe('qualification validity', () => {
  const certificate = { validFrom: '2024-03-01', validUntil: '2026-02-28' };

  it.each([
    ['2024-02-29', false],
    ['2024-03-01', true],
    ['2026-02-28', true],
    ['2026-03-01', false],
  ])('on %s is valid: %s', (day, expected) => {
    expect(isQualificationValidOn(certificate, day)).toBe(expected);
  });

  it('never expires without an end date', () => {
    expect(isQualificationValidOn({ validFrom: '2020-01-01', validUntil: null }, '2099-12-31')).toBe(true);
    expect(isQualificationExpiringWithin({ validFrom: '2020-01-01', validUntil: null }, '2026-01-01', 3650)).toBe(false);
  });

  it.each([
    ['2026-01-29', 30, true],
    ['2026-01-28', 30, false],
    ['2026-02-28', 0, true],
    ['2026-03-01', 30, false],
  ])('seen on %s, expiring within %i days: %s', (today, days, expected) => {
    expect(isQualificationExpiringWithin(certificate, today, days)).toBe(expected);
  });
});
