import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DocumentStatus, EvidenceDocumentType } from '@stardesk/domain';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';
import { DocumentStatusEnum, DocumentTypeEnum } from '../quality-enums';

@InputType({ description: 'A new controlled document: its first version, as a draft' })
export class CreateControlledDocumentInput {
  @Field(() => DocumentTypeEnum, { nullable: true })
  documentType?: EvidenceDocumentType | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. A/0, V1.0' })
  versionLabel?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who wrote it (编写人); the approver must be someone else' })
  authorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Show on the customer portal once in force (FAQ and product manuals only)' })
  published?: boolean | null;
}

@InputType({ description: 'Change a draft; fields left out keep their value' })
export class UpdateControlledDocumentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  versionLabel?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => Boolean, { nullable: true })
  published?: boolean | null;
}

@InputType({ description: 'Make an uploaded file (POST /api/attachments, ownerType CONTROLLED_DOCUMENT) the file of a draft' })
export class AttachControlledDocumentFileInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true })
  attachmentId?: string | null;
}

@InputType()
export class ApproveControlledDocumentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true })
  approvedById?: string | null;

  @Field(() => String, { nullable: true, description: 'First day in force, YYYY-MM-DD' })
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day in force for a fixed term, YYYY-MM-DD' })
  effectiveTo?: string | null;
}

@InputType({ description: 'Draft the next version of an approved document; approving it ends the one it replaces' })
export class SupersedeControlledDocumentInput {
  @Field(() => ID, { description: 'The approved version to replace' })
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  versionLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to the title of the version replaced' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => Boolean, { nullable: true })
  published?: boolean | null;
}

@InputType()
export class ControlledDocumentFilter {
  @Field(() => [DocumentTypeEnum], { nullable: true })
  documentTypes?: EvidenceDocumentType[] | null;

  @Field(() => [DocumentStatusEnum], { nullable: true })
  statuses?: DocumentStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Every version of one document' })
  seriesId?: string | null;
}

@ArgsType()
export class ControlledDocumentsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ControlledDocumentFilter, { nullable: true })
  filter?: ControlledDocumentFilter | null;
}
