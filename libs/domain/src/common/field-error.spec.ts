import { fieldErrorMessage, resolveLocale } from './field-error';

describe('field error messages', () => {
  it('interpolates parameters in both languages', () => {
    const error = { field: 'customerName', code: 'tooLong' as const, params: { max: 64 } };
    expect(fieldErrorMessage(error, 'zh-CN')).toBe('不能超过 64 个字符');
    expect(fieldErrorMessage(error, 'en')).toBe('Must be at most 64 characters');
  });

  it.each([
    [undefined, 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW,en;q=0.5', 'zh-CN'],
    ['fr-FR, en;q=0.8', 'en'],
    ['fr-FR', 'zh-CN'],
  ])('resolves Accept-Language %s to %s', (header, locale) => {
    expect(resolveLocale(header)).toBe(locale);
  });
});
