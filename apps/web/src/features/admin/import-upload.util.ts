import type { Locale } from '@stardesk/domain';
import { stringifyDocument } from 'urql';
import { GRAPHQL_PATH, requestHeaders } from '../../app/graphql-client';
import type { ImportRecordsMutation } from '../../gql/graphql';
import { ImportRecordsDocument } from './graphql/imports';

export type ImportResultData = ImportRecordsMutation['importRecords'];
export type ImportPhase = 'reading' | 'uploading' | 'processing' | 'done';

/** The API takes at most 20 MB of files per import. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * One bar for the whole import: reading the files is the first tenth, sending them runs to 90 %, and
 * the server's checking and writing holds at 95 % until the answer arrives.
 */
export function importProgress(phase: ImportPhase, fraction = 0): number {
  const clamped = Math.min(1, Math.max(0, fraction));
  switch (phase) {
    case 'reading':
      return Math.round(10 * clamped);
    case 'uploading':
      return Math.round(10 + 80 * clamped);
    case 'processing':
      return 95;
    case 'done':
      return 100;
  }
}

/** Errors first, then by file, row (whole-file problems first) and column. */
export function sortedProblems(problems: ImportResultData['problems']): ImportResultData['problems'] {
  return [...problems].sort(
    (a, b) =>
      Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
      a.file.localeCompare(b.file) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
}

export function totalBytes(files: readonly { size: number }[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export class ImportRequestFailed extends Error {
  constructor(
    message: string,
    readonly network: boolean,
  ) {
    super(message);
    this.name = 'ImportRequestFailed';
  }
}

/**
 * Sends the files through XMLHttpRequest rather than urql's fetch, because only XHR reports upload
 * progress; the request is the same GraphQL mutation with the same headers.
 */
export async function uploadImport(options: {
  files: readonly File[];
  update: boolean;
  orgCode: string;
  language: Locale;
  onProgress: (phase: ImportPhase, percent: number) => void;
}): Promise<ImportResultData> {
  const { files, update, orgCode, language, onProgress } = options;
  const encoded = [];
  for (const [index, file] of files.entries()) {
    onProgress('reading', importProgress('reading', index / files.length));
    encoded.push({ name: file.name, contentBase64: await readAsBase64(file) });
  }
  const body = JSON.stringify({ query: stringifyDocument(ImportRecordsDocument), variables: { files: encoded, update } });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', GRAPHQL_PATH);
    xhr.setRequestHeader('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(requestHeaders(orgCode, language))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress('uploading', importProgress('uploading', event.loaded / event.total));
    };
    xhr.upload.onload = () => onProgress('processing', importProgress('processing'));
    xhr.onerror = () => reject(new ImportRequestFailed('network', true));
    xhr.onload = () => {
      try {
        const answer = JSON.parse(xhr.responseText) as { data?: { importRecords?: ImportResultData } | null; errors?: { message: string }[] };
        const result = answer.data?.importRecords;
        if (result) {
          onProgress('done', 100);
          resolve(result);
        } else {
          reject(new ImportRequestFailed(answer.errors?.map((error) => error.message).join(' ') ?? `HTTP ${xhr.status}`, false));
        }
      } catch {
        reject(new ImportRequestFailed(`HTTP ${xhr.status}`, false));
      }
    };
    onProgress('uploading', importProgress('uploading', 0));
    xhr.send(body);
  });
}
