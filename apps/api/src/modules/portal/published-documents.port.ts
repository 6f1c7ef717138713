import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';

/**
 * PORT TO WIRE AT MERGE: the portal lists FAQ entries and product manuals that the quality-management
 * register (branch qm) publishes as controlled documents. This file is the whole seam: the portal
 * depends only on `PublishedDocumentsPort`; `NoPublishedDocuments` stands in until the register
 * exists. To wire it, provide `PUBLISHED_DOCUMENTS` in `portal.module.ts` with an adapter over the
 * register that returns only PUBLISHED, currently effective documents of the organisation, of the
 * asked types, and a download URL that works without a login for manuals.
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
  listPublished(orgId: string, types: readonly PublishedDocumentType[]): Promise<PublishedDocument[]>;
}

export const PUBLISHED_DOCUMENTS = Symbol('PUBLISHED_DOCUMENTS');

/** Until the controlled-document register is merged the portal shows its empty state. */
@Injectable()
export class NoPublishedDocuments implements PublishedDocumentsPort {
  listPublished(): Promise<PublishedDocument[]> {
    return Promise.resolve([]);
  }
}
