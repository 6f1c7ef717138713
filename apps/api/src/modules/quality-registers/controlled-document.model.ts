import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DocumentStatus, EvidenceDocumentType } from '@stardesk/domain';
import { Connection } from '../../core/pagination/connection.model';
import { StaffSummary } from '../staff/staff-summary.model';
import { DocumentStatusEnum, DocumentTypeEnum } from './quality-enums';

@ObjectType({ description: 'The file of a document version (an attachment in the content-addressed store)' })
export class DocumentFile {
  @Field(() => ID)
  attachmentId!: string;

  @Field()
  fileName!: string;

  @Field()
  mediaType!: string;

  @Field(() => Int)
  size!: number;

  @Field({ description: 'SHA-256 of the content, hex' })
  sha256!: string;

  @Field({ description: 'GET it with the X-Org-Code header' })
  downloadUrl!: string;
}

@ObjectType({ description: '受控文件: one version of a controlled document' })
export class ControlledDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Shared by every version of the document (the id of its first version)' })
  seriesId!: string;

  @Field(() => ID, { nullable: true, description: 'The approved version this one replaces' })
  supersedesId!: string | null;

  @Field(() => DocumentTypeEnum)
  documentType!: EvidenceDocumentType;

  @Field()
  title!: string;

  @Field()
  versionLabel!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DocumentStatusEnum)
  status!: DocumentStatus;

  @Field(() => StaffSummary, { nullable: true })
  author!: StaffSummary | null;

  @Field(() => StaffSummary, { nullable: true })
  approvedBy!: StaffSummary | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'First day in force, YYYY-MM-DD' })
  effectiveFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day in force, inclusive; null while open-ended' })
  effectiveTo!: string | null;

  @Field({ description: 'Approved and effective today (in the organisation’s time zone)' })
  inForce!: boolean;

  @Field(() => DocumentFile, { nullable: true })
  file!: DocumentFile | null;

  @Field({ description: 'Shown on the customer portal (FAQ and product manuals only)' })
  published!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}

@ObjectType()
export class ControlledDocumentConnection extends Connection(ControlledDocument) {}

@ObjectType({ description: 'Days of a period, YYYY-MM-DD, both inclusive' })
export class DocumentDays {
  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType({ description: 'Whether approved versions of a document type covered every day of a period' })
export class DocumentTypeInForce {
  @Field(() => DocumentTypeEnum)
  documentType!: EvidenceDocumentType;

  @Field()
  inForce!: boolean;

  @Field(() => [DocumentDays], { description: 'Days no approved version covered' })
  gaps!: DocumentDays[];

  @Field(() => [ControlledDocument])
  documents!: ControlledDocument[];
}
