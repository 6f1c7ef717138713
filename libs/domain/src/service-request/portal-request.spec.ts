import { preferredTimeNote, technicianShortName, validatePortalRequest } from './portal-request';

const TODAY = '2026-11-23';
const GOOD = {
  customerName: '王芳', customerPhone: '138 0013 8000', customerAddress: '上海市浦东新区世纪大道 1 号',
  productId: 'p-1', faultDescription: '不制冷', preferredDate: '2026-11-25', preferredPeriod: 'MORNING',
};
const codes = (draft: Record<string, unknown>): string[] => {
  const result = validatePortalRequest(draft, TODAY);
  return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
};

describe('validatePortalRequest', () => {
  it('accepts a complete request, normalises the phone and defaults the type to a repair', () => {
    const result = validatePortalRequest(GOOD, TODAY);
    expect(result).toMatchObject({ ok: true, value: { serviceType: 'REPAIR', customerPhone: '13800138000', preferredPeriod: 'MORNING' } });
  });

  it('reports every missing field at once', () => {
    expect(codes({})).toEqual([
      'customerName:required', 'customerPhone:required', 'customerAddress:required', 'productId:productOrSerialRequired', 'faultDescription:required',
    ]);
  });

  it.each([
    [{ customerPhone: '12345' }, 'customerPhone:invalidPhone'],
    [{ serviceType: 'DELIVERY' }, 'serviceType:invalidChoice'],
    [{ preferredDate: '2026-11-22' }, 'preferredDate:beforeToday'],
    [{ preferredDate: '2026-12-24' }, 'preferredDate:tooFarAhead'],
    [{ preferredDate: '2026-02-30' }, 'preferredDate:invalidDate'],
    [{ preferredPeriod: 'NIGHT' }, 'preferredPeriod:invalidChoice'],
    [{ customerName: 'x'.repeat(65) }, 'customerName:tooLong'],
  ])('refuses %j', (change, code) => {
    expect(codes({ ...GOOD, ...change })).toEqual([code]);
  });

  it('takes a serial number instead of the model', () => {
    expect(codes({ ...GOOD, productId: null, serialNo: 'SN-1' })).toEqual([]);
  });

  it('accepts today and the last day ahead', () => {
    expect(codes({ ...GOOD, preferredDate: TODAY })).toEqual([]);
    expect(codes({ ...GOOD, preferredDate: '2026-12-23' })).toEqual([]);
  });
});

describe('technicianShortName', () => {
  it.each([
    ['王建国', '王'],
    ['John Smith', 'John'],
    ['  ', ''],
  ])('%s → %s', (full, short) => expect(technicianShortName(full)).toBe(short));
});

it('preferredTimeNote tells the dispatcher the wish', () => {
  expect(preferredTimeNote('2026-11-25', 'MORNING')).toContain('2026-11-25 上午');
  expect(preferredTimeNote(null, 'ANY')).toContain('时间不限');
});
