import { validateNewServiceRequest, type NewServiceRequestDraft } from './validate-new-service-request';

const now = new Date('2026-11-23T08:00:00Z');
const valid: NewServiceRequestDraft = {
  type: 'REPAIR',
  channel: 'HOTLINE',
  outletId: 'outlet-1',
  productId: 'product-1',
  customerName: ' 王芳 ',
  customerPhone: '138-0013-8000',
  faultDescription: '不制冷',
};

function codesOf(draft: NewServiceRequestDraft): [string, string][] {
  const result = validateNewServiceRequest(draft, now);
  return result.ok ? [] : result.errors.map((error) => [error.field, error.code]);
}

describe('validateNewServiceRequest', () => {
  it('accepts a complete draft, trims text and defaults priority and report time', () => {
    const result = validateNewServiceRequest(valid, now);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ customerName: '王芳', priority: 'NORMAL', reportedAt: now, serialNo: null, customerAddress: null }),
    });
  });

  it.each<[string, NewServiceRequestDraft, [string, string][]]>([
    ['nothing given', {}, [['type', 'required'], ['channel', 'required'], ['outletId', 'required'], ['productId', 'required'], ['customerName', 'required'], ['customerPhone', 'required']]],
    ['unknown type', { ...valid, type: 'FIX' }, [['type', 'invalidChoice']]],
    ['unknown priority', { ...valid, priority: 'ASAP' }, [['priority', 'invalidChoice']]],
    ['blank name', { ...valid, customerName: '   ' }, [['customerName', 'required']]],
    ['name too long', { ...valid, customerName: '王'.repeat(65) }, [['customerName', 'tooLong']]],
    ['short phone', { ...valid, customerPhone: '12345' }, [['customerPhone', 'invalidPhone']]],
    ['repair without fault', { ...valid, faultDescription: ' ' }, [['faultDescription', 'required']]],
    ['impossible purchase date', { ...valid, purchaseDate: '2025-02-30' }, [['purchaseDate', 'invalidDate']]],
    ['future purchase date', { ...valid, purchaseDate: '2027-01-01' }, [['purchaseDate', 'inFuture']]],
    ['unparseable report time', { ...valid, reportedAt: 'yesterday' }, [['reportedAt', 'invalidDate']]],
    ['report time tomorrow', { ...valid, reportedAt: '2026-11-24T08:00:00Z' }, [['reportedAt', 'inFuture']]],
  ])('reports %s', (_case, draft, expected) => {
    expect(codesOf(draft)).toEqual(expected);
  });

  it('does not require a fault description for an installation', () => {
    expect(codesOf({ ...valid, type: 'INSTALLATION', faultDescription: null })).toEqual([]);
  });

  it('tolerates a device clock a few minutes ahead of the server', () => {
    expect(codesOf({ ...valid, reportedAt: '2026-11-23T08:04:00Z' })).toEqual([]);
  });
});
