import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Attachment } from './attachment.model';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { AttachmentsArgs } from './dto/attachments.args';
import { RetireAttachmentInput } from './dto/retire-attachment.input';
import { isUuid } from '../../core/ids';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';


/** Files are uploaded and downloaded over REST (/api/attachments); GraphQL lists and retires them. */
@Resolver(() => Attachment)
@UseGuards(OrgContextGuard)
export class AttachmentsResolver {
  constructor(
    private readonly service: AttachmentsService,
    private readonly repository: AttachmentsRepository,
  ) {}

  @OutletScope({ records: { ownerId: 'owner' } })
  @Allow(...ROLES.ANY)
  @Query(() => [Attachment], { description: 'Files of one record, oldest first; retired ones only when asked' })
  async attachments(@CurrentOrg() organisation: OrganisationEntity, @Args() args: AttachmentsArgs): Promise<Attachment[]> {
    if (!isUuid(args.ownerId)) return [];
    const byOwner = await this.repository.ofOwners(organisation.id, args.ownerType, [args.ownerId], args.includeRetired);
    return byOwner.get(args.ownerId) ?? [];
  }

  @OutletScope({ records: { 'input.id': 'attachment' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => Attachment, { description: 'Hide a file attached by mistake: it is kept, with who, when and why' })
  retireAttachment(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RetireAttachmentInput): Promise<Attachment> {
    return this.service.retire(organisation, input);
  }
}
