import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import type { Locale } from '@stardesk/domain';
import { recordNotFound } from '../../core/errors/app-errors';
import { AttachmentsRepository } from '../attachments/attachments.repository';
import { ServiceRequestRepository } from '../service-requests/service-request.repository';
import { VisitsRepository } from '../visits/visits.repository';
import { renderServiceSheet } from './service-sheet.renderer';
import { isUuid } from '../../core/ids';


@Injectable()
export class ServiceSheetService {
  constructor(
    private readonly requests: ServiceRequestRepository,
    private readonly visits: VisitsRepository,
    private readonly attachments: AttachmentsRepository,
  ) {}

  /** The printable sheet of one request of the organisation, or NOT_FOUND. */
  async render(organisation: OrganisationEntity, requestId: string, locale: Locale): Promise<{ code: string; pdf: Buffer }> {
    const request = isUuid(requestId) ? await this.requests.findById(organisation.id, requestId) : null;
    if (!request) throw recordNotFound({ 'zh-CN': '工单', en: 'Service request' }, requestId);
    const [events, visitsByRequest, requestFiles] = await Promise.all([
      this.requests.eventsOf(organisation.id, [request.id]),
      this.visits.ofRequests(organisation.id, [request.id]),
      this.attachments.ofOwners(organisation.id, 'SERVICE_REQUEST', [request.id]),
    ]);
    const visits = visitsByRequest.get(request.id) ?? [];
    const visitFiles = visits.length ? await this.attachments.ofOwners(organisation.id, 'VISIT', visits.map((visit) => visit.id)) : new Map();
    const pdf = await renderServiceSheet(
      {
        organisation: { name: organisation.name, timeZone: organisation.timeZone },
        request,
        events: events.get(request.id) ?? [],
        visits,
        attachments: [...(requestFiles.get(request.id) ?? []), ...visits.flatMap((visit) => visitFiles.get(visit.id) ?? [])],
        printedAt: new Date(),
      },
      locale,
    );
    return { code: request.code, pdf };
  }
}
