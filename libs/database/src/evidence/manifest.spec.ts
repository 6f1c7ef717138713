import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evidencePeriodErrors } from './evidence-period';
import { canonicalJson, manifestSignatureValid, signManifest, type PackageMetadata } from './manifest';
import { SIGNING_KEY_FILE, resolveSigningKey } from './signing-key';

const metadata: PackageMetadata = {
  organisationCode: 'ACME',
  organisationName: '艾克米电器',
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  timeZone: 'Asia/Shanghai',
  assessmentId: null,
  liveEvaluation: true,
  score: 81.5,
  grade: 'FOUR_STAR',
  personalInformationRevealed: false,
  language: 'zh-CN',
  generatedAt: '2026-07-01T00:00:00.000Z',
  generator: 'StarDesk',
};

describe('evidence manifest', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stardesk-key-'));
  const key = resolveSigningKey({}, dataDir);

  it('creates the deployment key once, private to its owner, and reads the same key back', () => {
    expect(statSync(path.join(dataDir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveSigningKey({}, dataDir).fingerprint).toBe(key.fingerprint);
    const fromEnv = resolveSigningKey({ STARDESK_SIGNING_KEY: readFileSync(path.join(dataDir, SIGNING_KEY_FILE), 'utf8') }, '/nonexistent');
    expect(fromEnv.fingerprint).toBe(key.fingerprint);
    expect(() => resolveSigningKey({ STARDESK_SIGNING_KEY: 'not a key' }, dataDir)).toThrow('STARDESK_SIGNING_KEY: not a private key in PEM');
  });

  it('signs the canonical JSON of the metadata and files; any change breaks the signature', () => {
    const manifest = signManifest(metadata, [{ path: 'b.csv', size: 2, sha256: 'b'.repeat(64) }, { path: 'a.csv', size: 1, sha256: 'a'.repeat(64) }], key);
    expect(manifest.files.map((file) => file.path)).toEqual(['a.csv', 'b.csv']);
    expect(manifestSignatureValid(manifest)).toBe(true);
    expect(manifestSignatureValid(JSON.parse(JSON.stringify(manifest)) as typeof manifest)).toBe(true);
    expect(manifestSignatureValid({ ...manifest, files: [{ ...manifest.files[0]!, size: 3 }, manifest.files[1]!] })).toBe(false);
    expect(manifestSignatureValid({ ...manifest, package: { ...metadata, score: 99 } })).toBe(false);
    const other = resolveSigningKey({}, mkdtempSync(path.join(tmpdir(), 'stardesk-key-')));
    expect(manifestSignatureValid({ ...manifest, signature: { ...manifest.signature, publicKey: other.publicKeyPem, keyFingerprint: other.fingerprint } })).toBe(false);
    expect(manifestSignatureValid({ ...manifest, signature: { ...manifest.signature, keyFingerprint: other.fingerprint } })).toBe(false);
  });

  it('writes keys in order at every level', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});

describe('evidencePeriodErrors', () => {
  it.each([
    ['2026-01-01', '2026-01-01', []],
    ['2026-01-01', '2026-12-31', []],
    ['2024-01-01', '2024-12-31', []],
    ['2026-02-01', '2026-01-31', ['to:endNotAfterStart']],
    ['2025-01-01', '2026-01-02', ['to:periodTooLong']],
    ['', '2026-13-01', ['from:required', 'to:invalidDate']],
  ])('%s – %s', (from, to, expected) => {
    expect(evidencePeriodErrors(from, to).map((error) => `${error.field}:${error.code}`)).toEqual(expected);
  });
});
