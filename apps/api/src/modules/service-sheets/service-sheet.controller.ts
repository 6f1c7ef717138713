import { Controller, Get, Headers, Param, Query, Res, UseGuards } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { resolveLocale } from '@stardesk/domain';
import type { Response } from 'express';
import { contentDisposition } from '../../core/http/content-disposition.util';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceSheetService } from './service-sheet.service';

/** The printable service sheet, scoped like GraphQL by the X-Org-Code header. */
@Controller('api/service-requests')
@UseGuards(OrgContextGuard)
export class ServiceSheetController {
  constructor(private readonly service: ServiceSheetService) {}

  /** In the language of `?lang=` (zh-CN or en), else of Accept-Language; Chinese by default. */
  @Allow(...ROLES.ANY)
  @OutletScope({ records: { 'params.id': 'request' } })
  @Get(':id/sheet.pdf')
  async sheet(
    @CurrentOrg() organisation: OrganisationEntity,
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { code, pdf } = await this.service.render(organisation, id, resolveLocale(lang ?? acceptLanguage));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(pdf.length));
    res.setHeader('Content-Disposition', contentDisposition(`${code}.pdf`));
    // Personal data: the sheet is printed, not kept in shared caches.
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(pdf);
  }
}
