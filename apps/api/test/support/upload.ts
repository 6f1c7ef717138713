import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { TestApp } from './test-app';

export interface UploadResult<T = Record<string, unknown>> {
  status: number;
  body: T & { code?: string; fieldErrors?: { field: string; code: string; message: string }[] };
}

/** POSTs a multipart form to /api/attachments as a browser would. */
export async function uploadFile(
  app: TestApp,
  headers: Record<string, string>,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array; type?: string },
): Promise<UploadResult> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await app.fetch(`${app.url}/api/attachments`, { method: 'POST', body: form, headers });
  return { status: response.status, body: (await response.json()) as UploadResult['body'] };
}

/** Every file under the store, relative paths sorted (temporary uploads included). */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
