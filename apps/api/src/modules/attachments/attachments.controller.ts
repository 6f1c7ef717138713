import { Body, Controller, Get, Logger, Param, Post, Query, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { OrganisationEntity } from '@stardesk/database';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import type { Attachment } from './attachment.model';
import { AttachmentsService, type UploadFields } from './attachments.service';
import { contentDisposition } from '../../core/http/content-disposition.util';
import type { ReceivedUpload } from './hashing-storage.engine';
import { UploadLimitFilter } from './upload-limit.filter';

/**
 * Files travel over plain HTTP rather than GraphQL: multipart upload with the fields ownerType,
 * ownerId, purpose, optional uploadedBy and the file in `file`; download by id. Both are scoped to
 * the organisation of the X-Org-Code header, like GraphQL; the guard runs before the body is read.
 */
@Controller('api/attachments')
@UseGuards(OrgContextGuard)
export class AttachmentsController {
  private readonly logger = new Logger('Attachments');

  constructor(private readonly service: AttachmentsService) {}

  @Allow(...ROLES.FIELD)
  @Post()
  @UseFilters(UploadLimitFilter)
  @UseInterceptors(FileInterceptor('file'))
  upload(@CurrentOrg() organisation: OrganisationEntity, @Body() fields: UploadFields, @UploadedFile() file: ReceivedUpload | undefined): Promise<Attachment> {
    return this.service.upload(organisation, fields ?? {}, file);
  }

  /** The content with its type, name and SHA-256 as ETag; `?download=1` asks the browser to save it. */
  @Allow(...ROLES.ANY)
  @OutletScope({ records: { 'params.id': 'attachment' } })
  @Get(':id')
  async download(
    @CurrentOrg() organisation: OrganisationEntity,
    @Param('id') id: string,
    @Query('download') download: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const attachment = await this.service.forDownload(organisation, id);
    const etag = `"${attachment.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', attachment.mediaType);
    res.setHeader('Content-Length', String(attachment.size));
    res.setHeader('Content-Disposition', contentDisposition(attachment.fileName, download ? 'attachment' : 'inline'));
    pipeline(this.service.openContent(attachment), res, (error) => {
      // A client that goes away mid-download is no fault of ours.
      if (!error || (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      this.logger.error(`content of attachment ${attachment.id} (${attachment.sha256}) cannot be read: ${error.message}`);
      if (res.headersSent) return void res.destroy(error);
      for (const header of ['Content-Type', 'Content-Length', 'Content-Disposition', 'ETag']) res.removeHeader(header);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'File content unavailable' });
    });
  }
}
