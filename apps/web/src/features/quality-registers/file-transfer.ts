import type { Locale } from '@stardesk/domain';
import { requestHeaders } from '../../app/graphql-client';
import type { ServerFieldError } from '../../shared/graphql-error.util';

export type UploadOutcome = { ok: true; attachmentId: string } | { ok: false; fieldErrors: ServerFieldError[]; message: string | null };

/**
 * Sends a document's file to the attachment store (POST /api/attachments, owner CONTROLLED_DOCUMENT);
 * the returned attachment is then made the version's file by attachControlledDocumentFile.
 */
export async function uploadDocumentFile(orgCode: string, language: Locale, documentId: string, file: File): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('ownerType', 'CONTROLLED_DOCUMENT');
  form.append('ownerId', documentId);
  form.append('purpose', 'DOCUMENT');
  form.append('file', file, file.name);
  try {
    const response = await fetch('/api/attachments', { method: 'POST', body: form, headers: requestHeaders(orgCode, language) });
    const body = (await response.json()) as { id?: string; message?: string; fieldErrors?: ServerFieldError[] };
    if (response.ok && body.id) return { ok: true, attachmentId: body.id };
    return { ok: false, fieldErrors: body.fieldErrors ?? [], message: body.message ?? null };
  } catch {
    return { ok: false, fieldErrors: [], message: null };
  }
}

/** Downloads a file that needs the organisation header (a plain link cannot send it). */
export async function downloadFile(orgCode: string, language: Locale, url: string, fileName: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}?download=1`, { headers: requestHeaders(orgCode, language) });
    if (!response.ok) return false;
    const href = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(href);
    return true;
  } catch {
    return false;
  }
}
