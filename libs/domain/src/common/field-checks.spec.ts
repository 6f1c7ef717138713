import { checkInstant, checkLocalDate, checkNumber, checkText } from './field-checks';
import { FieldErrors } from './validation.util';

function run<T>(check: (errors: FieldErrors) => T): { value: T; errors: string[] } {
  const errors = new FieldErrors();
  const value = check(errors);
  return { value, errors: errors.list.map((e) => `${e.field}:${e.code}`) };
}

describe('field checks', () => {
  const now = new Date('2026-03-05T10:00:00Z');

  it('trims texts and treats blanks as empty', () => {
    expect(run((e) => checkText(e, 'f', '  a  ', { max: 5 }))).toEqual({ value: 'a', errors: [] });
    expect(run((e) => checkText(e, 'f', '   ', { max: 5, required: true }))).toEqual({ value: null, errors: ['f:required'] });
  });

  it('tolerates a clock a few minutes ahead, not more', () => {
    expect(run((e) => checkInstant(e, 'f', '2026-03-05T10:04:00Z', { required: true, notAfter: now })).errors).toEqual([]);
    expect(run((e) => checkInstant(e, 'f', '2026-03-05T10:06:00Z', { required: true, notAfter: now })).errors).toEqual(['f:inFuture']);
  });

  it('reports an instant before its bound with the bound’s own code', () => {
    const bound = { at: now, code: 'beforeArrival' as const };
    expect(run((e) => checkInstant(e, 'f', '2026-03-05T09:00:00Z', { required: true, notBefore: bound })).errors).toEqual(['f:beforeArrival']);
  });

  it('checks local dates for shape, reality and the future', () => {
    expect(run((e) => checkLocalDate(e, 'f', '2026-3-5', { required: true })).errors).toEqual(['f:invalidDate']);
    expect(run((e) => checkLocalDate(e, 'f', '2026-03-06', { required: true, notAfter: '2026-03-05' })).errors).toEqual(['f:inFuture']);
    expect(run((e) => checkLocalDate(e, 'f', ' 2026-03-05 ', { required: true, notAfter: '2026-03-05' })).value).toBe('2026-03-05');
  });

  it('keeps a number with binary floating-point noise as the decimal it means', () => {
    expect(run((e) => checkNumber(e, 'f', 0.1 + 0.2, { required: true, min: 0, max: 1, decimals: 1 }))).toEqual({ value: 0.3, errors: [] });
  });

  it.each([
    [5, 0, []],
    [0.35, 1, ['f:tooManyDecimals']],
    [9.99, 2, []],
    [2.5, 0, ['f:outOfRange']],
    [Number.NaN, 0, ['f:outOfRange']],
    [11, 0, ['f:outOfRange']],
  ])('checks %d with %i decimals', (value, decimals, expected) => {
    expect(run((e) => checkNumber(e, 'f', value, { required: true, min: 0, max: 10, decimals })).errors).toEqual(expected);
  });
});
