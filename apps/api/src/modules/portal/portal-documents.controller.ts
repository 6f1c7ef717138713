import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/access.decorators';
import { recordNotFound } from '../../core/errors/app-errors';
import { contentDisposition } from '../../core/http/content-disposition.util';
import { ControlledDocumentsService } from '../quality-registers/controlled-documents.service';
import { PortalService } from './portal.service';

/**
 * Product manuals and FAQ files for customers: public, and only for versions the register publishes
 * and has in force today; anything else is the same NOT_FOUND, so ids reveal nothing.
 */
@Controller('api/portal')
export class PortalDocumentsController {
  constructor(private readonly portal: PortalService, private readonly documents: ControlledDocumentsService) {}

  @Public()
  @Get(':orgCode/documents/:id/file')
  async file(@Param('orgCode') orgCode: string, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const organisation = await this.portal.organisationByCode(orgCode);
    const published = await this.documents.publishedDocumentFile(organisation.id, id);
    if (!published) throw recordNotFound({ 'zh-CN': '文件', en: 'Document' }, id);
    res.setHeader('Content-Type', published.file.mediaType);
    res.setHeader('Content-Length', String(published.file.size));
    res.setHeader('Content-Disposition', contentDisposition(published.file.fileName));
    res.setHeader('ETag', `"${published.file.sha256}"`);
    published.open().pipe(res);
  }
}
