import { isValidTimeZone, localDateOf, startOfLocalDay, zoneOffsetMinutes } from './time-zone';

describe('time zones', () => {
  it('knows real zones only', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
  });

  it('starts a Shanghai day at 16:00 UTC the evening before', () => {
    expect(startOfLocalDay('2026-01-01', 'Asia/Shanghai')?.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(zoneOffsetMinutes('Asia/Shanghai', new Date('2026-06-01T00:00:00Z'))).toBe(480);
  });

  it('handles days on which daylight saving changes the offset', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin')?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('refuses malformed or impossible dates', () => {
    expect(startOfLocalDay('2026-02-30', 'Asia/Shanghai')).toBeNull();
    expect(startOfLocalDay('26-1-1', 'Asia/Shanghai')).toBeNull();
  });

  it('gives the local date of an instant', () => {
    expect(localDateOf(new Date('2026-01-01T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-01-01');
    expect(localDateOf(new Date('2026-01-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-01-02');
  });
});

describe('zoneOffsetMinutes (cached by quarter hour)', () => {
  it('changes exactly at a daylight-saving transition, before and after the cache has seen the quarter', () => {
    // Europe/Berlin springs forward at 01:00 UTC on 29 March 2026 (+60 → +120).
    const before = new Date('2026-03-29T00:59:59Z');
    const at = new Date('2026-03-29T01:00:00Z');
    for (let pass = 0; pass < 2; pass++) {
      expect(zoneOffsetMinutes('Europe/Berlin', before)).toBe(60);
      expect(zoneOffsetMinutes('Europe/Berlin', at)).toBe(120);
      expect(zoneOffsetMinutes('Asia/Kathmandu', at)).toBe(345);
      expect(zoneOffsetMinutes('Asia/Shanghai', at)).toBe(480);
    }
  });
});
