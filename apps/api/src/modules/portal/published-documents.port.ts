import { registerEnumType } from '@nestjs/graphql';

/**
 * The portal lists FAQ entries and product manuals that the quality-management register publishes as
 * controlled documents; it depends only on `PublishedDocumentsPort` (RegisterPublishedDocuments).
 */
export const PUBLISHED_DOCUMENT_TYPES = ['FAQ', 'PRODUCT_MANUAL'] as const;
export type PublishedDocumentType = (typeof PUBLISHED_DOCUMENT_TYPES)[number];

export const PublishedDocumentTypeEnum = Object.fromEntries(PUBLISHED_DOCUMENT_TYPES.map((type) => [type, type])) as Record<PublishedDocumentType, PublishedDocumentType>;
registerEnumType(PublishedDocumentTypeEnum, { name: 'PublishedDocumentType', description: 'Controlled documents the customer portal shows' });

export interface PublishedDocument {
  id: string;
  type: PublishedDocumentType;
  code: string;
  title: string;
  version: string;
  publishedAt: Date | null;
  body: string | null;
  downloadUrl: string | null;
}

export interface PublishedDocumentsPort {
  /** Published documents of the organisation of these types, by type then code. */
  listPublished(organisation: { id: string; code: string }, types: readonly PublishedDocumentType[]): Promise<PublishedDocument[]>;
}

export const PUBLISHED_DOCUMENTS = Symbol('PUBLISHED_DOCUMENTS');
