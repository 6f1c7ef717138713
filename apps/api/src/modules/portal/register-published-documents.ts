import { Injectable } from '@nestjs/common';
import { ControlledDocumentsService } from '../quality-registers/controlled-documents.service';
import type { PublishedDocument, PublishedDocumentsPort, PublishedDocumentType } from './published-documents.port';

/** Public path of a published document's file: no login, the organisation named in the path. */
export function publishedDocumentFileUrl(orgCode: string, documentId: string): string {
  return `/api/portal/${encodeURIComponent(orgCode)}/documents/${documentId}/file`;
}

/** The portal's FAQ and manuals: versions the controlled-document register publishes and has in force today. */
@Injectable()
export class RegisterPublishedDocuments implements PublishedDocumentsPort {
  constructor(private readonly documents: ControlledDocumentsService) {}

  async listPublished(organisation: { id: string; code: string }, types: readonly PublishedDocumentType[]): Promise<PublishedDocument[]> {
    const published = await this.documents.publishedDocuments(organisation.id, types);
    return published
      .map((document) => ({
        id: document.id,
        type: document.documentType as PublishedDocumentType,
        code: document.seriesId.slice(0, 8).toUpperCase(),
        title: document.title,
        version: document.versionLabel,
        publishedAt: document.approvedAt,
        body: document.description,
        downloadUrl: document.file ? publishedDocumentFileUrl(organisation.code, document.id) : null,
      }))
      .sort((a, b) => a.type.localeCompare(b.type) || a.title.localeCompare(b.title, 'zh-CN'));
  }
}
