import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The deployment secret that keys the audit chain (HMAC-SHA256). Anyone who can write SQL but does
 * not hold this key cannot produce an entry `audit verify` accepts, so a row added, changed or
 * removed behind the product's back shows up as a broken link.
 *
 * Source: STARDESK_AUDIT_KEY (any string of 32+ characters; hashed to 32 bytes), else the file
 * `<dataDir>/audit.key`, created with 32 random bytes on first use (mode 0600). Keep it out of backups
 * of the database, or the protection is only as good as the backup's.
 */
export function resolveAuditKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  const fromEnv = env['STARDESK_AUDIT_KEY']?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('STARDESK_AUDIT_KEY: must be at least 32 characters');
    return createHash('sha256').update(fromEnv, 'utf8').digest();
  }
  const file = path.join(dataDir, 'audit.key');
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it at the same moment: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

/**
 * HMAC's inner and outer padded keys (RFC 2104). The database computes
 * sha256(opad || sha256(ipad || message)) with its built-in sha256(), so no extension is needed;
 * the pads reach each connection of the product as start-up parameters (never in SQL text or logs).
 */
export function hmacPads(key: Buffer): { ipad: string; opad: string } {
  const block = Buffer.alloc(64);
  (key.length > 64 ? createHash('sha256').update(key).digest() : key).copy(block);
  const ipad = Buffer.from(block.map((byte) => byte ^ 0x36));
  const opad = Buffer.from(block.map((byte) => byte ^ 0x5c));
  return { ipad: ipad.toString('hex'), opad: opad.toString('hex') };
}

/** PostgreSQL start-up `options` that give a connection the audit key. */
export function auditConnectionOptions(key: Buffer): string {
  const { ipad, opad } = hmacPads(key);
  return `-c stardesk.audit_ipad=${ipad} -c stardesk.audit_opad=${opad}`;
}

/** HMAC-SHA256 as the database computes it (stardesk_audit_hmac), hex. */
export function auditHmac(key: Buffer, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}

/** The chain hash of one entry, as the sealer computes it. */
export function chainHash(key: Buffer, previousHash: string, chainSeq: string, rowMac: string): string {
  return auditHmac(key, `${previousHash}\n${chainSeq}\n${rowMac}`);
}

export const EMPTY_CHAIN_HASH = '0'.repeat(64);
