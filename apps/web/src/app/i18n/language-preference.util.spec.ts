import { describe, expect, it } from 'vitest';
import { dayjsLocaleOf, languageFromPreference } from './language-preference.util';

describe('languageFromPreference', () => {
  it.each([
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['zh-CN', 'zh-CN'],
    ['fr', 'zh-CN'],
    ['EN', 'zh-CN'],
  ] as const)('stored %j → %s', (stored, expected) => {
    expect(languageFromPreference(stored)).toBe(expected);
  });
});

describe('dayjsLocaleOf', () => {
  it('maps UI languages to dayjs locale names', () => {
    expect(dayjsLocaleOf('zh-CN')).toBe('zh-cn');
    expect(dayjsLocaleOf('en')).toBe('en');
  });
});
