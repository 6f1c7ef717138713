import { validateOrganisation } from './validate-organisation';

describe('validateOrganisation', () => {
  it('upper-cases the code and defaults the zone to Asia/Shanghai', () => {
    expect(validateOrganisation({ code: 'acme-1', name: ' 某某电器 ' })).toEqual({
      ok: true,
      value: { code: 'ACME-1', name: '某某电器', timeZone: 'Asia/Shanghai', creditCode: null },
    });
  });

  it('reports every bad field at once', () => {
    const result = validateOrganisation({ code: 'a', name: '', timeZone: 'Nowhere/City', creditCode: '123' });
    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ['code', 'invalidCode'],
      ['name', 'required'],
      ['timeZone', 'invalidTimeZone'],
      ['creditCode', 'invalidCreditCode'],
    ]);
  });

  it('accepts a well-formed unified social credit code', () => {
    expect(validateOrganisation({ code: 'DEMO', name: 'x', creditCode: '91310115MA1K4CQ78P' }).ok).toBe(true);
  });
});
