import type { Locale } from '../common/field-error';

/**
 * Attachments: files kept as evidence beside a record (photos of the fault, before/after photos of a
 * visit, signed service sheets, certificates). Records are never deleted, and neither are their files.
 */

/** The kinds of record a file can be attached to (a qualification keeps its certificate scan). */
export const ATTACHMENT_OWNER_TYPES = ['SERVICE_REQUEST', 'VISIT', 'COMPLAINT', 'RETURN_VISIT', 'QUALIFICATION', 'DELIVERY', 'TAKE_BACK', 'CONTROLLED_DOCUMENT'] as const;
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];

export const ATTACHMENT_PURPOSES = ['FAULT_PHOTO', 'BEFORE', 'AFTER', 'SIGNED_SHEET', 'CERTIFICATE', 'DOCUMENT', 'OTHER'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

/** Photos must be pictures; a PDF is fine for a signed sheet, a certificate or anything else. */
export const PHOTO_PURPOSES: readonly AttachmentPurpose[] = ['FAULT_PHOTO', 'BEFORE', 'AFTER'];

/** The allow-list: what the content really is (by its first bytes), with the names it may carry. */
export const ATTACHMENT_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export const MEDIA_TYPE_INFO: Record<AttachmentMediaType, { label: string; extensions: readonly string[]; image: boolean }> = {
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg', 'jpe'], image: true },
  'image/png': { label: 'PNG', extensions: ['png'], image: true },
  'image/webp': { label: 'WebP', extensions: ['webp'], image: true },
  'application/pdf': { label: 'PDF', extensions: ['pdf'], image: false },
};

/** 10 MB: a phone photo or a scanned A4 page fits; STARDESK_UPLOAD_MAX_MB changes it. */
export const DEFAULT_MAX_ATTACHMENT_MB = 10;
export const MAX_ATTACHMENT_MB_LIMIT = 100;
export const bytesOfMegabytes = (megabytes: number): number => megabytes * 1024 * 1024;

/** Bytes of the file's beginning that detection needs (WebP's signature ends at byte 12). */
export const MEDIA_TYPE_SNIFF_BYTES = 16;

export const FILE_NAME_MAX = 255;

type Label = Record<Locale, string>;

export const ATTACHMENT_PURPOSE_LABELS: Record<AttachmentPurpose, Label> = {
  FAULT_PHOTO: { 'zh-CN': '故障照片', en: 'Fault photo' },
  BEFORE: { 'zh-CN': '维修前照片', en: 'Before' },
  AFTER: { 'zh-CN': '维修后照片', en: 'After' },
  SIGNED_SHEET: { 'zh-CN': '签字服务单', en: 'Signed sheet' },
  CERTIFICATE: { 'zh-CN': '证书', en: 'Certificate' },
  DOCUMENT: { 'zh-CN': '受控文件', en: 'Controlled document' },
  OTHER: { 'zh-CN': '其他', en: 'Other' },
};
