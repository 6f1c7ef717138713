import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditConnectionOptions, auditHmac, chainHash, hmacPads, resolveAuditKey } from './audit-key';

const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();

describe('audit key', () => {
  it('the pads give the database the same HMAC as Node: sha256(opad ‖ sha256(ipad ‖ m))', () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    const { ipad, opad } = hmacPads(key);
    const message = Buffer.from('entry text 审计', 'utf8');
    const byPads = sha256(Buffer.concat([Buffer.from(opad, 'hex'), sha256(Buffer.concat([Buffer.from(ipad, 'hex'), message]))])).toString('hex');
    expect(byPads).toBe(createHmac('sha256', key).update(message).digest('hex'));
    expect(auditHmac(key, 'entry text 审计')).toBe(byPads);
    expect(chainHash(key, 'a'.repeat(64), '7', 'b'.repeat(64))).toBe(auditHmac(key, `${'a'.repeat(64)}\n7\n${'b'.repeat(64)}`));
    expect(auditConnectionOptions(key)).toBe(`-c stardesk.audit_ipad=${ipad} -c stardesk.audit_opad=${opad}`);
  });

  it('comes from STARDESK_AUDIT_KEY (at least 32 characters), else from a private file created once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-key-'));
    expect(() => resolveAuditKey({ STARDESK_AUDIT_KEY: 'short' }, dir)).toThrow(/at least 32/);
    expect(resolveAuditKey({ STARDESK_AUDIT_KEY: 'x'.repeat(32) }, dir)).toEqual(sha256(Buffer.from('x'.repeat(32))));
    const first = resolveAuditKey({}, dir);
    expect(first).toHaveLength(32);
    expect(resolveAuditKey({}, dir)).toEqual(first);
    expect(readFileSync(path.join(dir, 'audit.key'), 'utf8').trim()).toBe(first.toString('hex'));
    expect(statSync(path.join(dir, 'audit.key')).mode & 0o077).toBe(0);
  });
});
