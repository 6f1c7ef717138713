import { copyField, copyLine } from './copy-text';

describe('COPY text encoding', () => {
  it('writes NULL as \\N and keeps plain text as it is', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('上海浦东服务中心')).toBe('上海浦东服务中心');
  });

  it('escapes the characters that would end a field or a row', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
  });

  it('writes booleans, numbers, instants and JSON the way PostgreSQL reads them', () => {
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(copyField(12.5)).toBe('12.5');
    expect(copyField(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05.678Z');
    // JSON escapes the tab as backslash-t; COPY then escapes that backslash.
    expect(copyField([{ key: 'a\tb' }])).toBe('[{"key":"a\\\\tb"}]');
  });

  it('refuses numbers PostgreSQL could not store', () => {
    expect(() => copyField(Number.NaN)).toThrow('NaN');
  });

  it('joins a row with tabs and ends it with a newline', () => {
    expect(copyLine(['x', null, 3])).toBe('x\t\\N\t3\n');
  });
});
