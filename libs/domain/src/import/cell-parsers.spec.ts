import fc from 'fast-check';
import { formatBooleanCell, formatInstantCell, formatPartsCell } from './cell-format';
import {
  parseBooleanCell,
  parseChoiceCell,
  parseCodeListCell,
  parseDateCell,
  parseInstantCell,
  parseIntegerCell,
  parsePartsCell,
  parsePhoneCell,
} from './cell-parsers';

const SHANGHAI = 'Asia/Shanghai';
const iso = (text: string, zone = SHANGHAI): string | null => {
  const result = parseInstantCell(text, zone);
  return result.ok ? result.value.toISOString() : null;
};

describe('parseInstantCell', () => {
  it.each([
    ['2026-03-01T09:30:00+08:00', '2026-03-01T01:30:00.000Z'],
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00.250+0800', '2026-03-01T01:30:00.250Z'],
    ['2026-03-01T09:30-05', '2026-03-01T14:30:00.000Z'],
    ['2026-03-01T09:30:00', '2026-03-01T01:30:00.000Z'],
    ['2026-03-01 09:30', '2026-03-01T01:30:00.000Z'],
    ['2026/3/1 9:30', '2026-03-01T01:30:00.000Z'],
    ['2026-12-31T23:59:59', '2026-12-31T15:59:59.000Z'],
  ])('reads %s (no offset: Shanghai time)', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads a time without offset in the organisation’s zone, daylight saving included', () => {
    expect(iso('2026-01-15T09:00:00', 'Europe/Berlin')).toBe('2026-01-15T08:00:00.000Z');
    expect(iso('2026-07-15T09:00:00', 'Europe/Berlin')).toBe('2026-07-15T07:00:00.000Z');
    expect(iso('2026-03-29T01:30:00', 'Europe/Berlin')).toBe('2026-03-29T00:30:00.000Z');
  });

  it.each(['2026-03-01', '2026-02-30T09:00', '2026-03-01T24:00', '2026-03-01T09:60', 'yesterday', '01/03/2026 09:30', '2026-03-01T09:30+8'])(
    'refuses %s',
    (text) => {
      expect(parseInstantCell(text, SHANGHAI)).toEqual({ ok: false, code: 'invalidInstant', params: { value: text } });
    },
  );

  it('reads back what the export writes, in any zone', () => {
    const zones = ['Asia/Shanghai', 'Asia/Urumqi', 'Europe/Berlin', 'America/New_York', 'UTC'];
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), fc.constantFrom(...zones), (instant, zone) => {
        expect(iso(formatInstantCell(instant, zone), zone)).toBe(instant.toISOString());
      }),
    );
  });
});

describe('formatInstantCell', () => {
  it('writes the local time with the offset, milliseconds only when set', () => {
    expect(formatInstantCell(new Date('2026-03-01T01:30:00Z'), SHANGHAI)).toBe('2026-03-01T09:30:00+08:00');
    expect(formatInstantCell(new Date('2026-03-01T01:30:00.042Z'), SHANGHAI)).toBe('2026-03-01T09:30:00.042+08:00');
    expect(formatInstantCell(new Date('2026-01-15T14:00:00Z'), 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
    expect(formatInstantCell(null, SHANGHAI)).toBe('');
  });
});

describe('other cells', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026/3/1', '2026-03-01'],
    ['2026-03-01 00:00:00', '2026-03-01'],
  ])('reads the date %s', (text, expected) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['2026-02-29', '2026-03-01 09:30', '20260301'])('refuses the date %s', (text) => {
    expect(parseDateCell(text).ok).toBe(false);
  });

  it.each([
    ['true', true], ['TRUE', true], ['是', true], ['false', false], ['False', false], ['否', false],
  ])('reads the boolean %s', (text, expected) => {
    expect(parseBooleanCell(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses other booleans and writes them back in either language', () => {
    expect(parseBooleanCell('maybe')).toEqual({ ok: false, code: 'invalidBoolean', params: { value: 'maybe' } });
    expect([formatBooleanCell(true, 'en'), formatBooleanCell(false, 'zh'), formatBooleanCell(null, 'en')]).toEqual(['true', '否', '']);
  });

  it.each([
    ['3', 3], ['3.0', 3], ['+2', 2],
  ])('reads the integer %s', (text, expected) => {
    expect(parseIntegerCell(text, 0, 10)).toEqual({ ok: true, value: expected });
  });

  it('refuses fractions and values out of range', () => {
    expect(parseIntegerCell('2.5', 1, 5)).toEqual({ ok: false, code: 'invalidInteger', params: { value: '2.5' } });
    expect(parseIntegerCell('6', 1, 5)).toEqual({ ok: false, code: 'outOfRange', params: { min: 1, max: 5 } });
  });

  it('reads choices case-insensitively', () => {
    expect(parseChoiceCell('repair', ['REPAIR', 'INSTALLATION'])).toEqual({ ok: true, value: 'REPAIR' });
    expect(parseChoiceCell('维修', ['REPAIR', 'INSTALLATION'])).toEqual({ ok: false, code: 'invalidChoice', params: { value: '维修', allowed: 'REPAIR, INSTALLATION' } });
  });

  it('normalises mainland phones and refuses others', () => {
    expect(parsePhoneCell('138 0013 8000')).toEqual({ ok: true, value: '13800138000' });
    expect(parsePhoneCell('021-6123-4567')).toEqual({ ok: true, value: '02161234567' });
    expect(parsePhoneCell('1.38001E+10').ok).toBe(false);
  });

  it.each([
    ['PCB-01*1;FAN-2*2', [{ partNo: 'PCB-01', quantity: 1 }, { partNo: 'FAN-2', quantity: 2 }]],
    [' PCB-01 * 1 ； FAN-2*2 ;', [{ partNo: 'PCB-01', quantity: 1 }, { partNo: 'FAN-2', quantity: 2 }]],
  ])('reads the parts list %s', (text, expected) => {
    expect(parsePartsCell(text)).toEqual({ ok: true, value: expected });
    expect(formatPartsCell(expected)).toBe('PCB-01*1;FAN-2*2');
  });

  it.each(['PCB-01', 'PCB-01*0', 'PCB-01*x', '*2', 'PCB 01*1', ';'])('refuses the parts list %s', (text) => {
    expect(parsePartsCell(text)).toEqual({ ok: false, code: 'invalidParts', params: { value: text } });
  });

  it('splits code lists on either kind of separator', () => {
    expect(parseCodeListCell('SH-01; BJ-01，SH-01')).toEqual(['SH-01', 'BJ-01']);
  });
});
