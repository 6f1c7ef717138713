import { Controller, Get, Logger, Param, Res, UseGuards } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import type { Response } from 'express';
import { pipeline } from 'node:stream';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { contentDisposition } from '../../core/http/content-disposition.util';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { EvidencePackagesService } from './evidence-packages.service';

/** The finished evidence package, scoped like GraphQL by the X-Org-Code header. */
@Controller('api/evidence-packages')
@UseGuards(OrgContextGuard)
export class EvidencePackagesController {
  private readonly logger = new Logger('EvidencePackages');

  constructor(private readonly service: EvidencePackagesService) {}

  @Allow(...ROLES.OVERSIGHT)
  @Get(':id/file')
  async file(@CurrentOrg() organisation: OrganisationEntity, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { row, open } = await this.service.file(organisation.id, id);
    res.setHeader('Content-Type', 'application/zip');
    if (row.sizeBytes) res.setHeader('Content-Length', row.sizeBytes);
    res.setHeader('Content-Disposition', contentDisposition(row.fileName ?? `${row.id}.zip`, 'attachment'));
    if (row.sha256) res.setHeader('ETag', `"${row.sha256}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    pipeline(open(), res, (error) => {
      if (!error || (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      this.logger.error(`evidence package ${row.id} cannot be read: ${error.message}`);
      if (res.headersSent) return void res.destroy(error);
      for (const header of ['Content-Type', 'Content-Length', 'Content-Disposition', 'ETag']) res.removeHeader(header);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'File content unavailable' });
    });
  }
}
