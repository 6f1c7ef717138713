import { Inject, Injectable } from '@nestjs/common';
import { OrganisationEntity, OutletEntity, ProductEntity, ProductUnitEntity } from '@stardesk/database';
import {
  ValidationFailed,
  customerStatusLabel,
  localDateOf,
  normalisePhone,
  preferredTimeNote,
  technicianShortName,
  validatePortalRequest,
  type Locale,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { AppError, orgNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';
import { ServiceRequestsService } from '../service-requests/service-requests.service';
import type { SubmitPortalRequestInput } from './dto/submit-portal-request.input';
import type { PortalDocument, PortalOrganisation, PortalRequestStatus, PortalSubmission } from './portal.model';
import { PortalRequestRepository } from './portal-request.repository';
import { PUBLISHED_DOCUMENTS, PUBLISHED_DOCUMENT_TYPES, type PublishedDocumentType, type PublishedDocumentsPort } from './published-documents.port';

/** One answer for an unknown code and a wrong phone number, so the page cannot be used to find requests. */
const requestNotFound = (): AppError =>
  new AppError('NOT_FOUND', {
    'zh-CN': '未找到与该单号和手机号匹配的服务申请，请核对后重试',
    en: 'No service request matches this code and phone number; please check them and try again',
  });

@Injectable()
export class PortalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ServiceRequestsService,
    private readonly repository: PortalRequestRepository,
    @Inject(PUBLISHED_DOCUMENTS) private readonly documents: PublishedDocumentsPort,
  ) {}

  async organisationByCode(orgCode: string): Promise<OrganisationEntity> {
    const code = orgCode.trim().toUpperCase();
    const organisation = code ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ code }) : null;
    if (!organisation) throw orgNotFound(code);
    return organisation;
  }

  async portalOrganisation(orgCode: string): Promise<PortalOrganisation> {
    const organisation = await this.organisationByCode(orgCode);
    const [products, outlets] = await Promise.all([
      this.dataSource.getRepository(ProductEntity).find({ where: { orgId: organisation.id, active: true }, order: { model: 'ASC' } }),
      this.activeOutlets(organisation.id),
    ]);
    return {
      code: organisation.code,
      name: organisation.name,
      today: localDateOf(new Date(), organisation.timeZone),
      products: products.map(({ id, model, name }) => ({ id, model, name })),
      outlets: outlets.map(({ id, name, city, address }) => ({ id, name, city, address })),
    };
  }

  /**
   * A customer's request: the portal's own rules first (nothing is written when one fails), then the
   * product from the model or the registered serial, then the same intake as staff use, channel ONLINE,
   * with the preferred visit time on the first event for the dispatcher.
   */
  async submit(orgCode: string, input: SubmitPortalRequestInput, locale: Locale): Promise<PortalSubmission> {
    const organisation = await this.organisationByCode(orgCode);
    const checked = validatePortalRequest(input, localDateOf(new Date(), organisation.timeZone));
    if (!checked.ok) throw new ValidationFailed(checked.errors);
    const request = checked.value;

    const productId = await this.productOf(organisation.id, request.productId, request.serialNo);
    const outletId = await this.outletOf(organisation.id, request.outletId);
    const created = await this.requests.create(
      organisation,
      {
        type: request.serviceType,
        channel: 'ONLINE',
        priority: 'NORMAL',
        outletId,
        productId,
        customerName: request.customerName,
        customerPhone: request.customerPhone,
        customerAddress: request.customerAddress,
        serialNo: request.serialNo,
        faultDescription: request.faultDescription,
      },
      { firstEventNote: preferredTimeNote(request.preferredDate, request.preferredPeriod) },
    );
    return { code: created.code, status: created.status, statusLabel: customerStatusLabel(created.status, locale) };
  }

  async track(orgCode: string, code: string, phone: string, locale: Locale): Promise<PortalRequestStatus> {
    const organisation = await this.organisationByCode(orgCode);
    const found = await this.repository.findByCode(organisation.id, code.trim().toUpperCase());
    if (!found || found.customerPhone !== normalisePhone(phone.trim())) throw requestNotFound();
    const [events, appointment] = await Promise.all([
      this.repository.timeline(organisation.id, found.id),
      this.repository.nextAppointment(organisation.id, found.id),
    ]);
    return {
      code: found.code,
      type: found.type,
      status: found.status,
      statusLabel: customerStatusLabel(found.status, locale),
      reportedAt: found.reportedAt,
      product: `${found.productName} ${found.productModel}`,
      timeline: events.map(({ at, status }) => ({ at, status, label: customerStatusLabel(status, locale) })),
      appointment,
      technicianName: found.technicianName ? technicianShortName(found.technicianName) || null : null,
    };
  }

  async publishedDocuments(orgCode: string, types: readonly PublishedDocumentType[] | null | undefined): Promise<PortalDocument[]> {
    const organisation = await this.organisationByCode(orgCode);
    return this.documents.listPublished(organisation, types?.length ? types : PUBLISHED_DOCUMENT_TYPES);
  }

  private activeOutlets(orgId: string): Promise<OutletEntity[]> {
    return this.dataSource.getRepository(OutletEntity).find({ where: { orgId, active: true }, order: { code: 'ASC' } });
  }

  private async productOf(orgId: string, productId: string | null, serialNo: string | null): Promise<string> {
    if (productId) {
      const product = isUuid(productId) ? await this.dataSource.getRepository(ProductEntity).findOneBy({ orgId, id: productId, active: true }) : null;
      if (!product) throw new ValidationFailed([{ field: 'productId', code: 'notFound' }]);
      return product.id;
    }
    const unit = await this.dataSource.getRepository(ProductUnitEntity).findOneBy({ orgId, serialNo: serialNo! });
    if (!unit) throw new ValidationFailed([{ field: 'productId', code: 'productOrSerialRequired' }]);
    return unit.productId;
  }

  private async outletOf(orgId: string, outletId: string | null): Promise<string> {
    if (outletId) {
      const outlet = isUuid(outletId) ? await this.dataSource.getRepository(OutletEntity).findOneBy({ orgId, id: outletId, active: true }) : null;
      if (!outlet) throw new ValidationFailed([{ field: 'outletId', code: 'notFound' }]);
      return outlet.id;
    }
    const [first] = await this.activeOutlets(orgId);
    if (!first) throw new ValidationFailed([{ field: 'outletId', code: 'required' }]);
    return first.id;
  }
}
