import fc from 'fast-check';
import { ValidationFailed, fieldErrorMessage, type FieldError } from '../common/field-error';
import { bytesOfMegabytes } from './attachment.types';
import { detectMediaType, extensionOf } from './detect-media-type';
import { validateAttachmentRetirement } from './retire-attachment';
import { cleanFileName, validateAttachmentUpload, type AttachmentUploadDraft } from './validate-attachment';

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])));

const HEADS = {
  jpeg: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF'),
  png: bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
  webp: bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '),
  pdf: bytes('%PDF-1.7\n%'),
  exe: bytes('MZ', 0x90, 0, 3, 0, 0, 0),
  text: bytes('hello, world'),
};

const rules = { maxBytes: bytesOfMegabytes(10) };
const upload = (overrides: AttachmentUploadDraft = {}): AttachmentUploadDraft => ({
  ownerType: 'SERVICE_REQUEST',
  ownerId: '8d2f3c4e-1111-4222-8333-444455556666',
  purpose: 'FAULT_PHOTO',
  fileName: '故障.jpg',
  size: 2048,
  head: HEADS.jpeg,
  ...overrides,
});

function errorsOf(draft: AttachmentUploadDraft): FieldError[] {
  try {
    validateAttachmentUpload(draft, rules);
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors;
    throw error;
  }
  return [];
}

describe('detectMediaType', () => {
  it.each([
    [HEADS.jpeg, 'image/jpeg'],
    [HEADS.png, 'image/png'],
    [HEADS.webp, 'image/webp'],
    [HEADS.pdf, 'application/pdf'],
    [HEADS.exe, null],
    [HEADS.text, null],
    [bytes('RIFF', 0, 0, 0, 0, 'WAVE'), null],
    [bytes(0xff, 0xd8), null],
    [new Uint8Array(), null],
  ])('reads %o as %s', (head, expected) => {
    expect(detectMediaType(head)).toBe(expected);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 32 }), (head) => {
      detectMediaType(head);
    }));
  });
});

describe('extensionOf', () => {
  it.each([
    ['photo.JPG', 'jpg'],
    ['a/b/c.tar.pdf', 'pdf'],
    ['.bashrc', ''],
    ['README', ''],
  ])('%s → %s', (name, extension) => expect(extensionOf(name)).toBe(extension));
});

describe('validateAttachmentUpload', () => {
  it('accepts a picture and takes its type from the content', () => {
    expect(validateAttachmentUpload(upload({ fileName: 'C:\\fakepath\\现场照片.JPEG' }), rules)).toEqual({
      ownerType: 'SERVICE_REQUEST',
      ownerId: '8d2f3c4e-1111-4222-8333-444455556666',
      purpose: 'FAULT_PHOTO',
      fileName: '现场照片.JPEG',
      mediaType: 'image/jpeg',
      size: 2048,
    });
  });

  it.each([
    ['签字单.pdf', HEADS.pdf, 'SIGNED_SHEET', 'application/pdf'],
    ['after.webp', HEADS.webp, 'AFTER', 'image/webp'],
    ['scan', HEADS.png, 'OTHER', 'image/png'],
  ])('accepts %s', (fileName, head, purpose, mediaType) => {
    expect(validateAttachmentUpload(upload({ fileName, head, purpose }), rules).mediaType).toBe(mediaType);
  });

  it.each<[string, AttachmentUploadDraft, string[]]>([
    ['no file', { fileName: null, size: null, head: null }, ['file:required']],
    ['an empty file', { size: 0, head: new Uint8Array() }, ['file:fileEmpty']],
    ['a file over the limit', { size: bytesOfMegabytes(10) + 1 }, ['file:fileTooLarge']],
    ['a disallowed extension', { fileName: 'setup.exe', head: HEADS.exe }, ['file:fileTypeNotAllowed']],
    ['a disallowed type without an extension', { fileName: 'notes', head: HEADS.text }, ['file:fileTypeNotAllowed']],
    ['an executable named .jpg', { fileName: 'photo.jpg', head: HEADS.exe }, ['file:fileContentMismatch']],
    ['a PDF named .png', { fileName: 'photo.png', head: HEADS.pdf, purpose: 'OTHER' }, ['file:fileContentMismatch']],
    ['a PDF as a before photo', { fileName: 'before.pdf', head: HEADS.pdf, purpose: 'BEFORE' }, ['file:fileMustBeImage']],
    ['missing owner and purpose', { ownerType: null, ownerId: ' ', purpose: null }, ['ownerType:required', 'ownerId:required', 'purpose:required']],
    ['unknown owner type and purpose', { ownerType: 'CUSTOMER', purpose: 'SELFIE' }, ['ownerType:invalidChoice', 'purpose:invalidChoice']],
  ])('refuses %s', (_name, overrides, expected) => {
    expect(errorsOf(upload(overrides)).map((error) => `${error.field}:${error.code}`)).toEqual(expected);
  });

  it('explains a refusal in both languages', () => {
    const [tooLarge] = errorsOf(upload({ size: bytesOfMegabytes(11) }));
    expect(fieldErrorMessage(tooLarge!, 'zh-CN')).toBe('文件不能超过 10 MB');
    expect(fieldErrorMessage(tooLarge!, 'en')).toBe('The file must be at most 10 MB');
    const [lying] = errorsOf(upload({ fileName: 'photo.jpg', head: HEADS.exe }));
    expect(fieldErrorMessage(lying!, 'zh-CN')).toBe('文件内容与扩展名 .jpg 不符（内容不是 JPEG）');
    const [notAllowed] = errorsOf(upload({ fileName: 'a.docx', head: HEADS.text }));
    expect(fieldErrorMessage(notAllowed!, 'en')).toBe('This type of file is not accepted; allowed: JPEG, PNG, WebP, PDF');
  });

  it('accepts any size up to the limit and nothing above it', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: rules.maxBytes * 2 }), (size) => {
      const refused = errorsOf(upload({ size })).some((error) => error.code === 'fileTooLarge');
      expect(refused).toBe(size > rules.maxBytes);
    }));
  });
});

describe('cleanFileName', () => {
  it('drops folders and control characters and keeps the extension of a long name', () => {
    expect(cleanFileName('../../etc/pass\u0000wd.png', 'image/png')).toBe('passwd.png');
    expect(cleanFileName('  ', 'application/pdf')).toBe('file.pdf');
    const long = cleanFileName(`${'很'.repeat(300)}.jpg`, 'image/jpeg');
    expect(long).toHaveLength(255);
    expect(long.endsWith('.jpg')).toBe(true);
  });
});

describe('validateAttachmentRetirement', () => {
  it('requires a reason of at most 500 characters', () => {
    expect(validateAttachmentRetirement({ reason: ' 拍错了照片 ' })).toEqual({ reason: '拍错了照片' });
    expect(() => validateAttachmentRetirement({ reason: ' ' })).toThrow(ValidationFailed);
    expect(() => validateAttachmentRetirement({ reason: 'x'.repeat(501) })).toThrow(/reason \(tooLong\)/);
  });
});
