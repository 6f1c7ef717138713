import { describe, expect, it } from 'vitest';
import { duplicateCandidates, exactUnit, lookupPhone, lookupSerial, type FoundUnit, type OpenRequestMatch } from './intake-lookup.util';

function aMatch(id: string, phone: string, serialNo: string | null, reportedAt: string): OpenRequestMatch {
  return { id, code: `SR-${id}`, status: 'NEW', reportedAt, serialNo, customer: { id: `c-${id}`, name: '张三', phone }, product: { id: 'p', model: 'M' } };
}

describe('lookupPhone', () => {
  it.each([
    ['138-0013-8000', '13800138000'],
    [' 13800138000 ', '13800138000'],
    ['1380013', null],
    ['', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(lookupPhone(raw)).toBe(expected);
  });
});

describe('lookupSerial', () => {
  it.each([
    ['  SN-01 ', 'SN-01'],
    ['SN', null],
    [undefined, null],
  ])('%j → %j', (raw, expected) => {
    expect(lookupSerial(raw)).toBe(expected);
  });
});

describe('exactUnit', () => {
  const unit = (serialNo: string) => ({ id: serialNo, serialNo }) as FoundUnit;
  it('picks the unit with exactly that serial, ignoring case, not a longer one', () => {
    expect(exactUnit([unit('SN-00011'), unit('SN-0001')], 'sn-0001')?.id).toBe('SN-0001');
    expect(exactUnit([unit('SN-00011')], 'SN-0001')).toBeNull();
  });
});

describe('duplicateCandidates', () => {
  it('lists open requests of the same phone or serial once, newest first, ignoring prefix matches', () => {
    const samePhone = aMatch('1', '13800138000', null, '2025-03-01T00:00:00Z');
    const both = aMatch('2', '13800138000', 'SN-1', '2025-03-03T00:00:00Z');
    const longerPhone = aMatch('3', '138001380001', null, '2025-03-04T00:00:00Z');
    const sameSerial = aMatch('4', '13900000000', 'sn-1', '2025-03-02T00:00:00Z');
    const otherSerial = aMatch('5', '13900000000', 'SN-10', '2025-03-05T00:00:00Z');
    const result = duplicateCandidates([samePhone, both, longerPhone], [both, sameSerial, otherSerial], '13800138000', 'SN-1');
    expect(result.map((request) => request.id)).toEqual(['2', '4', '1']);
  });

  it('is empty without a phone or serial', () => {
    expect(duplicateCandidates([aMatch('1', '13800138000', null, '2025-03-01T00:00:00Z')], [], null, null)).toEqual([]);
  });
});
