import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttachmentOwnerType, AttachmentPurpose } from '@stardesk/domain';
import { AttachmentOwnerTypeEnum, AttachmentPurposeEnum } from '../../core/graphql/domain-enums';
import { StaffSummary } from '../staff/staff-summary.model';

@ObjectType({ description: 'A file kept beside a record: photo, signed sheet, certificate' })
export class Attachment {
  @Field(() => ID)
  id!: string;

  @Field(() => AttachmentOwnerTypeEnum)
  ownerType!: AttachmentOwnerType;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => AttachmentPurposeEnum)
  purpose!: AttachmentPurpose;

  @Field()
  fileName!: string;

  @Field({ description: 'Detected from the content: image/jpeg, image/png, image/webp or application/pdf' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  size!: number;

  @Field({ description: 'SHA-256 of the content (hex); also the ETag of the download' })
  sha256!: string;

  @Field({ description: 'GET it with the X-Org-Code header to download the content' })
  downloadUrl!: string;

  @Field()
  uploadedAt!: Date;

  @Field(() => StaffSummary, { nullable: true })
  uploadedBy!: StaffSummary | null;

  @Field(() => Date, { nullable: true, description: 'Set when the file was retired: hidden from lists, kept' })
  retiredAt!: Date | null;

  @Field(() => StaffSummary, { nullable: true })
  retiredBy!: StaffSummary | null;

  @Field(() => String, { nullable: true })
  retireReason!: string | null;
}
