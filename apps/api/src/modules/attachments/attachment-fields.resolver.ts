import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AttachmentOwnerType } from '@stardesk/domain';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { Visit } from '../visits/visit.model';
import { Attachment } from './attachment.model';
import { AttachmentsRepository } from './attachments.repository';

/** The current (not retired) files of many owners of one type: one query per GraphQL request. */
function attachmentsOf(repository: AttachmentsRepository, context: GraphqlContext, ownerType: AttachmentOwnerType, ownerId: string): Promise<Attachment[]> {
  const orgId = context.req.organisation!.id;
  const loader = loaderFor(context, `attachments:${ownerType}`, () => new DataLoader<string, Attachment[]>(async (ids) => {
    const byOwner = await repository.ofOwners(orgId, ownerType, ids);
    return ids.map((id) => byOwner.get(id) ?? []);
  }));
  return loader.load(ownerId);
}

@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class ServiceRequestAttachmentsResolver {
  constructor(private readonly repository: AttachmentsRepository) {}

  @ResolveField(() => [Attachment], { description: 'Files attached to the request itself (its visits have their own)' })
  attachments(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<Attachment[]> {
    return attachmentsOf(this.repository, context, 'SERVICE_REQUEST', request.id);
  }
}

@Resolver(() => Visit)
@UseGuards(OrgContextGuard)
export class VisitAttachmentsResolver {
  constructor(private readonly repository: AttachmentsRepository) {}

  @ResolveField(() => [Attachment], { description: 'Before/after photos, signed sheets and other files of the visit' })
  attachments(@Parent() visit: Visit, @Context() context: GraphqlContext): Promise<Attachment[]> {
    return attachmentsOf(this.repository, context, 'VISIT', visit.id);
  }
}
