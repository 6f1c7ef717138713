import type { Locale } from '@stardesk/domain';
import { requestHeaders } from '../app/graphql-client';
import type { ServerFieldError } from './graphql-error.util';

/** A failed REST call: its status and, for a refused upload, the field errors in the request language. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: ServerFieldError[] = [],
  ) {
    super(message);
    this.name = 'RestError';
  }
}

async function failure(response: Response): Promise<RestError> {
  let body: { message?: unknown; fieldErrors?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not JSON: the status says enough.
  }
  const fieldErrors = Array.isArray(body.fieldErrors) ? (body.fieldErrors as ServerFieldError[]) : [];
  const message = typeof body.message === 'string' ? body.message : response.statusText;
  return new RestError(response.status, message, fieldErrors);
}

/** Downloads a file the API serves under the organisation header, e.g. the service sheet PDF. */
export async function fetchFile(url: string, orgCode: string, language: Locale): Promise<Blob> {
  const response = await fetch(url, { headers: requestHeaders(orgCode, language) });
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export interface UploadRequest {
  ownerType: string;
  ownerId: string;
  purpose: string;
  file: File;
  uploadedBy?: string | null;
}

/** Multipart upload to /api/attachments (the API checks type and size, and answers field errors). */
export async function uploadAttachment(request: UploadRequest, orgCode: string, language: Locale): Promise<{ id: string; fileName: string }> {
  const body = new FormData();
  body.set('ownerType', request.ownerType);
  body.set('ownerId', request.ownerId);
  body.set('purpose', request.purpose);
  if (request.uploadedBy) body.set('uploadedBy', request.uploadedBy);
  body.set('file', request.file, request.file.name);
  const response = await fetch('/api/attachments', { method: 'POST', headers: requestHeaders(orgCode, language), body });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as { id: string; fileName: string };
}
