import { ArgsType, Field, ID } from '@nestjs/graphql';
import type { AttachmentOwnerType } from '@stardesk/domain';
import { AttachmentOwnerTypeEnum } from '../../../core/graphql/domain-enums';

@ArgsType()
export class AttachmentsArgs {
  @Field(() => AttachmentOwnerTypeEnum)
  ownerType!: AttachmentOwnerType;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Also list retired files' })
  includeRetired!: boolean;
}
