import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { MANIFEST_FORMAT, MANIFEST_PATH, manifestSignatureValid, type EvidenceManifest } from './manifest';

export interface EvidenceVerification {
  ok: boolean;
  /** False when manifest.json is missing or not a manifest. */
  manifestReadable: boolean;
  signatureValid: boolean;
  keyFingerprint: string | null;
  metadata: EvidenceManifest['package'] | null;
  /** Listed files whose content is not what the manifest says (size or SHA-256). */
  changed: string[];
  /** Files in the package the manifest does not list. */
  added: string[];
  /** Files the manifest lists that are not in the package. */
  removed: string[];
  checked: number;
}

/**
 * Checks an evidence package offline: the manifest's Ed25519 signature (with the public key it
 * carries; compare the fingerprint with the deployment's), then every file's size and SHA-256,
 * naming every file changed, added or removed. Each entry is inflated as a stream.
 */
export async function verifyEvidencePackage(file: string): Promise<EvidenceVerification> {
  const zip = await JSZip.loadAsync(await readFile(file), { checkCRC32: false });
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  const manifestEntry = zip.file(MANIFEST_PATH);
  let manifest: EvidenceManifest | null = null;
  if (manifestEntry) {
    try {
      const parsed = JSON.parse(await manifestEntry.async('string')) as EvidenceManifest;
      if (parsed.format === MANIFEST_FORMAT && Array.isArray(parsed.files) && parsed.signature) manifest = parsed;
    } catch {
      manifest = null;
    }
  }
  if (!manifest) {
    return {
      ok: false,
      manifestReadable: false,
      signatureValid: false,
      keyFingerprint: null,
      metadata: null,
      changed: [],
      added: entries.map((entry) => entry.name).filter((name) => name !== MANIFEST_PATH).sort(),
      removed: [],
      checked: 0,
    };
  }
  const signatureValid = manifestSignatureValid(manifest);
  const listed = new Map(manifest.files.map((entry) => [entry.path, entry]));
  const present = new Set(entries.map((entry) => entry.name));
  const changed: string[] = [];
  const added: string[] = [];
  let checked = 0;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name === MANIFEST_PATH) continue;
    const expected = listed.get(entry.name);
    if (!expected) {
      added.push(entry.name);
      continue;
    }
    const hash = createHash('sha256');
    let size = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        entry
          .nodeStream('nodebuffer')
          .on('data', (chunk: Buffer) => {
            hash.update(chunk);
            size += chunk.length;
          })
          .on('end', resolve)
          .on('error', reject);
      });
    } catch {
      changed.push(entry.name);
      continue;
    }
    checked += 1;
    if (size !== expected.size || hash.digest('hex') !== expected.sha256) changed.push(entry.name);
  }
  const removed = manifest.files.map((entry) => entry.path).filter((name) => !present.has(name)).sort();
  return {
    ok: signatureValid && changed.length === 0 && added.length === 0 && removed.length === 0,
    manifestReadable: true,
    signatureValid,
    keyFingerprint: manifest.signature.keyFingerprint,
    metadata: manifest.package,
    changed,
    added,
    removed,
    checked,
  };
}
