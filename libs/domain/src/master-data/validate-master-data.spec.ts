import { mergeDraft } from './master-data-rules';
import { validateCustomer } from './validate-customer';
import { validateOutlet } from './validate-outlet';
import { validateProduct } from './validate-product';
import { validateProductUnit } from './validate-product-unit';
import { validateRegion } from './validate-region';
import { validateStaff } from './validate-staff';

type Result = { ok: true; value: unknown } | { ok: false; errors: { field: string; code: string }[] };
const errorsOf = (result: Result) => (result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`));

describe('master data validation', () => {
  it('normalises what people type', () => {
    expect(validateRegion({ code: ' east ', name: '华东大区' })).toEqual({ ok: true, value: { code: 'EAST', name: '华东大区', active: true } });
    expect(validateStaff({ login: 'SH-01.Kefu', name: '李娜', role: 'DISPATCHER', phone: '138 0013 8000', outletIds: ['a', 'a', 'b'] })).toMatchObject({
      ok: true,
      value: { login: 'sh-01.kefu', phone: '13800138000', outletIds: ['a', 'b'] },
    });
    expect(validateCustomer({ name: '张伟', phone: '+86 139-1234-5678', address: ' ' })).toEqual({
      ok: true,
      value: { name: '张伟', phone: '13912345678', address: null, active: true },
    });
  });

  it.each<[string, Result, string[]]>([
    ['region', validateRegion({ code: 'e', name: '' }), ['code:invalidCode', 'name:required']],
    ['outlet', validateOutlet({ code: 'SH-01', name: '浦东', kind: 'FRANCHISE', city: '' }), ['kind:invalidChoice', 'city:required']],
    ['outlet', validateOutlet({ code: 'SH-01', name: '浦东', kind: 'OWN', city: '上海', coverage: 'x'.repeat(1001) }), ['coverage:tooLong']],
    ['staff', validateStaff({ login: '王 工', name: '王工', role: 'BOSS', phone: '12345' }), ['login:invalidLogin', 'role:invalidChoice', 'phone:invalidPhone']],
    ['product', validateProduct({ model: 'KFR-35GW', name: '空调', category: '空调', warrantyMonths: 241 }), ['warrantyMonths:outOfRange']],
    ['product', validateProduct({ model: '', name: '空调', category: '空调', warrantyMonths: null }), ['model:required', 'warrantyMonths:required']],
    ['unit', validateProductUnit({ serialNo: 'SN1', productId: 'p', purchaseDate: '2026-02-30' }, '2026-06-01'), ['purchaseDate:invalidDate']],
    ['unit', validateProductUnit({ serialNo: 'SN1', productId: '', purchaseDate: '2026-06-02' }, '2026-06-01'), ['productId:required', 'purchaseDate:inFuture']],
    ['customer', validateCustomer({ name: '', phone: '' }), ['name:required', 'phone:required']],
  ])('refuses a bad %s field by field', (_kind, result, expected) => {
    expect(errorsOf(result)).toEqual(expected);
  });

  it('merges an update: left out keeps, null clears', () => {
    const current = { name: '张伟', phone: '13912345678', address: '上海' as string | null };
    expect(mergeDraft<{ name?: string; phone?: string; address?: string | null }>(current, { name: undefined, phone: '13800138000', address: null })).toEqual({ name: '张伟', phone: '13800138000', address: null });
  });
});
