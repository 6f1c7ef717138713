import { validateNewComplaint, type NewComplaintDraft } from './validate-new-complaint';

const now = new Date('2026-03-02T08:00:00Z');
const valid: NewComplaintDraft = {
  channel: 'HOTLINE',
  severity: 'MAJOR',
  category: '服务态度',
  description: '工程师迟到三小时且态度恶劣',
  customerName: '王芳',
  customerPhone: '139 1234 5678',
  receivedAt: '2026-03-02T07:30:00Z',
};

function problems(draft: NewComplaintDraft): string[] {
  const result = validateNewComplaint(draft, now);
  return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
}

describe('validateNewComplaint', () => {
  it('accepts a complete complaint, trimming and upper-casing what it keeps', () => {
    const result = validateNewComplaint({ ...valid, code: ' cp-2026-001 ', category: '  ' }, now);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ code: 'CP-2026-001', category: null, severity: 'MAJOR', receivedAt: new Date('2026-03-02T07:30:00Z'), requestId: null, outletId: null }),
    });
  });

  it('defaults the receipt to now', () => {
    const result = validateNewComplaint({ ...valid, receivedAt: null }, now);
    expect(result.ok && result.value.receivedAt).toEqual(now);
  });

  it.each<[string, NewComplaintDraft, string[]]>([
    ['nothing at all', {}, ['channel:required', 'severity:required', 'description:required', 'customerName:required', 'customerPhone:required']],
    ['unknown choices', { ...valid, channel: 'FAX', severity: 'CRITICAL' }, ['channel:invalidChoice', 'severity:invalidChoice']],
    ['a bad code', { ...valid, code: 'cp 1' }, ['code:invalidCode']],
    ['a bad phone', { ...valid, customerPhone: '12345' }, ['customerPhone:invalidPhone']],
    ['overlong text', { ...valid, category: 'x'.repeat(65), description: 'y'.repeat(2001) }, ['category:tooLong', 'description:tooLong']],
    ['an impossible receipt', { ...valid, receivedAt: 'yesterday' }, ['receivedAt:invalidDate']],
    ['a receipt in the future', { ...valid, receivedAt: '2026-03-02T09:00:00Z' }, ['receivedAt:inFuture']],
    ['half a customer on a linked complaint', { ...valid, requestId: 'r-1', customerName: null }, ['customerName:required']],
  ])('refuses %s, field by field', (_name, draft, expected) => {
    expect(problems(draft)).toEqual(expected);
  });

  it('lets a complaint about a request leave the customer to the request', () => {
    expect(problems({ ...valid, requestId: 'r-1', customerName: null, customerPhone: null })).toEqual([]);
  });
});
