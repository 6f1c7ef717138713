import { createPublicKey, sign, verify } from 'node:crypto';
import { keyFingerprint, type SigningKey } from './signing-key';

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_FORMAT = 'stardesk-evidence-package/1';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** What the package is: who, which period, which assessment, when, and whether contacts are whole. */
export interface PackageMetadata {
  organisationCode: string;
  organisationName: string;
  periodFrom: string;
  /** Last day of the period, inclusive. */
  periodTo: string;
  timeZone: string;
  assessmentId: string | null;
  /** True when no signed-off assessment was given or found and the catalogue was evaluated at generation. */
  liveEvaluation: boolean;
  score: number | null;
  grade: string | null;
  personalInformationRevealed: boolean;
  language: 'zh-CN' | 'en';
  generatedAt: string;
  generator: string;
}

export interface ManifestSignature {
  algorithm: 'Ed25519';
  /** SPKI PEM of the key that signed. */
  publicKey: string;
  /** SHA-256 of the public key's DER, hex. */
  keyFingerprint: string;
  /** Base64 signature of the canonical JSON of { format, package, files }. */
  value: string;
}

export interface EvidenceManifest {
  format: string;
  package: PackageMetadata;
  files: ManifestFile[];
  signature: ManifestSignature;
}

/** JSON with object keys sorted at every level: the bytes that are signed do not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function signedBytes(manifest: Pick<EvidenceManifest, 'format' | 'package' | 'files'>): Buffer {
  return Buffer.from(canonicalJson({ format: manifest.format, package: manifest.package, files: manifest.files }), 'utf8');
}

export function signManifest(metadata: PackageMetadata, files: ManifestFile[], key: SigningKey): EvidenceManifest {
  const unsigned = { format: MANIFEST_FORMAT, package: metadata, files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  const value = sign(null, signedBytes(unsigned), key.privateKey).toString('base64');
  return { ...unsigned, signature: { algorithm: 'Ed25519', publicKey: key.publicKeyPem, keyFingerprint: key.fingerprint, value } };
}

/** Checks the signature against the public key the manifest carries (and that the fingerprint is that key's). */
export function manifestSignatureValid(manifest: EvidenceManifest): boolean {
  try {
    const publicKey = createPublicKey(manifest.signature.publicKey);
    if (publicKey.asymmetricKeyType !== 'ed25519' || keyFingerprint(publicKey) !== manifest.signature.keyFingerprint) return false;
    return verify(null, signedBytes(manifest), publicKey, Buffer.from(manifest.signature.value, 'base64'));
  } catch {
    return false;
  }
}
