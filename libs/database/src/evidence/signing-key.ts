import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The deployment's Ed25519 key that signs evidence packages, with what a verifier needs to know it. */
export interface SigningKey {
  privateKey: KeyObject;
  /** SPKI PEM, written into every manifest so `verify` works offline. */
  publicKeyPem: string;
  /** SHA-256 of the public key's DER (SPKI), hex: compare it with the one the deployment publishes. */
  fingerprint: string;
}

export const SIGNING_KEY_FILE = 'evidence-signing-key.pem';

/**
 * Source: STARDESK_SIGNING_KEY (an Ed25519 private key, PKCS#8 PEM), else the file
 * `<dataDir>/evidence-signing-key.pem`, created once on first use (mode 0600) like the audit key.
 */
export function resolveSigningKey(env: NodeJS.ProcessEnv, dataDir: string): SigningKey {
  const fromEnv = env['STARDESK_SIGNING_KEY']?.trim();
  if (fromEnv) return signingKeyOf(fromEnv.replace(/\\n/g, '\n'), 'STARDESK_SIGNING_KEY');
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  try {
    return signingKeyOf(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it at the same moment: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return signingKeyOf(readFileSync(file, 'utf8'), file);
}

function signingKeyOf(pem: string, source: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new Error(`${source}: not a private key in PEM`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${source}: must be an Ed25519 key`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: keyFingerprint(publicKey) };
}

export function keyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}
