import { Injectable } from '@nestjs/common';
import { CustomerEntity, OutletEntity, ProductEntity, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, hazardousDisposalError, validateTakeBack, type FieldError, type ValidTakeBack } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid, unknownIdErrors } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { RequestReferencesRepository } from '../service-requests/request-references.repository';
import type { RecordTakeBackInput } from './dto/record-take-back.input';
import type { TakeBacksArgs } from './dto/take-backs.args';
import type { TakeBack } from './take-back.model';
import { TakeBacksRepository } from './take-backs.repository';

@Injectable()
export class TakeBacksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TakeBacksRepository,
    private readonly requests: RequestReferencesRepository,
  ) {}

  list(organisation: OrganisationEntity, args: TakeBacksArgs): Promise<Page<TakeBack>> {
    const { filter } = args;
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    errors.push(...unknownIdErrors('filter.outletIds', filter?.outletIds), ...unknownIdErrors('filter.productIds', filter?.productIds));
    if (filter?.requestId && !isUuid(filter.requestId)) errors.push({ field: 'filter.requestId', code: 'notFound' });
    if (filter?.collectedFrom && filter.collectedTo && filter.collectedTo < filter.collectedFrom) errors.push({ field: 'filter.collectedTo', code: 'beforeStart' });
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.repository.page({ orgId: organisation.id, ...filter }, { first: args.first, after });
  }

  /** Records a take-back after checking every reference; unknown ones are reported together. */
  async record(organisation: OrganisationEntity, input: RecordTakeBackInput): Promise<TakeBack> {
    const orgId = organisation.id;
    const draft = validateTakeBack(input, new Date());
    const id = await this.dataSource.transaction(async (tx) => {
      const record = await this.resolveReferences(tx, orgId, draft);
      return this.repository.insert(tx, orgId, record);
    });
    return (await this.repository.findById(orgId, id))!;
  }

  private async resolveReferences(tx: EntityManager, orgId: string, draft: ValidTakeBack): Promise<ValidTakeBack> {
    const errors: FieldError[] = [];
    const outlet = isUuid(draft.outletId) ? await tx.getRepository(OutletEntity).findOneBy({ orgId, id: draft.outletId, active: true }) : null;
    if (!outlet) errors.push({ field: 'outletId', code: 'notFound' });
    const product = isUuid(draft.productId) ? await tx.getRepository(ProductEntity).findOneBy({ orgId, id: draft.productId }) : null;
    if (!product) errors.push({ field: 'productId', code: 'notFound' });
    const hazardous = product ? hazardousDisposalError(draft.disposalMethod, product.hazardous) : null;
    if (hazardous) errors.push(hazardous);
    const request = draft.requestId ? await this.requests.find(tx, orgId, draft.requestId) : null;
    if (draft.requestId && !request) errors.push({ field: 'requestId', code: 'notFound' });
    const customer = draft.customerId && isUuid(draft.customerId) ? await tx.getRepository(CustomerEntity).findOneBy({ orgId, id: draft.customerId }) : null;
    if (draft.customerId && !customer) errors.push({ field: 'customerId', code: 'notFound' });
    if (errors.length) throw new ValidationFailed(errors);
    return { ...draft, customerId: customer?.id ?? request?.customer_id ?? null, requestId: request?.id ?? null };
  }
}
