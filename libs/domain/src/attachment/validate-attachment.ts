import { ValidationFailed } from '../common/field-error';
import { FieldErrors } from '../common/validation.util';
import {
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENT_OWNER_TYPES,
  ATTACHMENT_PURPOSES,
  FILE_NAME_MAX,
  MEDIA_TYPE_INFO,
  PHOTO_PURPOSES,
  type AttachmentMediaType,
  type AttachmentOwnerType,
  type AttachmentPurpose,
} from './attachment.types';
import { detectMediaType, extensionOf } from './detect-media-type';

/** What arrived with an upload: the form fields and what the server measured of the file. */
export interface AttachmentUploadDraft {
  ownerType?: string | null;
  ownerId?: string | null;
  purpose?: string | null;
  /** Null when the request carried no file. */
  fileName?: string | null;
  size?: number | null;
  /** The first bytes of the content (at least MEDIA_TYPE_SNIFF_BYTES when the file is that long). */
  head?: Uint8Array | null;
}

export interface AttachmentRules {
  maxBytes: number;
}

export interface ValidAttachmentUpload {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  purpose: AttachmentPurpose;
  fileName: string;
  /** Detected from the content, never taken from the client. */
  mediaType: AttachmentMediaType;
  size: number;
}

const ALLOWED_LABELS = ATTACHMENT_MEDIA_TYPES.map((type) => MEDIA_TYPE_INFO[type].label).join(', ');

function mediaTypeOfExtension(extension: string): AttachmentMediaType | undefined {
  return ATTACHMENT_MEDIA_TYPES.find((type) => MEDIA_TYPE_INFO[type].extensions.includes(extension));
}

/**
 * A file name as it may be shown and sent back: no folders, no control characters, at most
 * FILE_NAME_MAX characters with the extension kept; a nameless file is called after its type.
 */
export function cleanFileName(raw: string, mediaType: AttachmentMediaType): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = raw.normalize('NFC').split(/[/\\]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base || base === '.' || base === '..') return `file.${MEDIA_TYPE_INFO[mediaType].extensions[0]}`;
  if (base.length <= FILE_NAME_MAX) return base;
  const extension = extensionOf(base);
  const suffix = extension ? `.${extension}` : '';
  return base.slice(0, FILE_NAME_MAX - suffix.length) + suffix;
}

/**
 * The rules every uploaded file passes before anything is kept: an allowed type by content, a name
 * that does not pretend to be another type, within the size limit, and a picture where a photo is
 * asked for. All problems of the form are reported together, the file's first problem only.
 */
export function validateAttachmentUpload(draft: AttachmentUploadDraft, rules: AttachmentRules): ValidAttachmentUpload {
  const errors = new FieldErrors();
  if (errors.required('ownerType', draft.ownerType)) errors.oneOf('ownerType', draft.ownerType, ATTACHMENT_OWNER_TYPES);
  errors.required('ownerId', draft.ownerId);
  if (errors.required('purpose', draft.purpose)) errors.oneOf('purpose', draft.purpose, ATTACHMENT_PURPOSES);
  const mediaType = checkFile(draft, rules, errors);
  if (mediaType && PHOTO_PURPOSES.includes(draft.purpose as AttachmentPurpose) && !MEDIA_TYPE_INFO[mediaType].image) {
    errors.add({ field: 'file', code: 'fileMustBeImage' });
  }
  if (!errors.isEmpty || !mediaType) throw new ValidationFailed(errors.list);
  return {
    ownerType: draft.ownerType as AttachmentOwnerType,
    ownerId: draft.ownerId!.trim(),
    purpose: draft.purpose as AttachmentPurpose,
    fileName: cleanFileName(draft.fileName!, mediaType),
    mediaType,
    size: draft.size!,
  };
}

function checkFile(draft: AttachmentUploadDraft, rules: AttachmentRules, errors: FieldErrors): AttachmentMediaType | null {
  if (draft.fileName === null || draft.fileName === undefined || draft.size === null || draft.size === undefined) {
    errors.add({ field: 'file', code: 'required' });
    return null;
  }
  if (draft.size === 0) {
    errors.add({ field: 'file', code: 'fileEmpty' });
    return null;
  }
  if (draft.size > rules.maxBytes) {
    errors.add({ field: 'file', code: 'fileTooLarge', params: { maxMb: Math.round((rules.maxBytes / 1024 / 1024) * 10) / 10 } });
    return null;
  }
  const extension = extensionOf(draft.fileName);
  const named = extension ? mediaTypeOfExtension(extension) : undefined;
  const actual = detectMediaType(draft.head ?? new Uint8Array());
  if (extension && !named) {
    errors.add({ field: 'file', code: 'fileTypeNotAllowed', params: { allowed: ALLOWED_LABELS } });
    return null;
  }
  if (named && actual !== named) {
    errors.add({ field: 'file', code: 'fileContentMismatch', params: { extension: `.${extension}`, expected: MEDIA_TYPE_INFO[named].label } });
    return null;
  }
  if (!actual) {
    errors.add({ field: 'file', code: 'fileTypeNotAllowed', params: { allowed: ALLOWED_LABELS } });
    return null;
  }
  return actual;
}
