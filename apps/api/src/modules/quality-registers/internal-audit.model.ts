import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AuditFindingSeverity, CorrectiveActionStatus, EvidenceDocumentType, InternalAuditStatus } from '@stardesk/domain';
import { Connection } from '../../core/pagination/connection.model';
import { AuditFindingSeverityEnum, CorrectiveActionStatusEnum, DocumentTypeEnum, InternalAuditStatusEnum } from './quality-enums';

@ObjectType({ description: 'A report or record kept in the document register' })
export class DocumentReference {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentTypeEnum)
  documentType!: EvidenceDocumentType;

  @Field()
  title!: string;

  @Field()
  versionLabel!: string;
}

@ObjectType()
export class AuditFinding {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Clause or indicator the finding is against' })
  clause!: string | null;

  @Field()
  description!: string;

  @Field(() => AuditFindingSeverityEnum)
  severity!: AuditFindingSeverity;

  @Field({ description: 'A nonconformity (major or minor) needs a corrective action' })
  needsCorrectiveAction!: boolean;

  @Field(() => ID, { nullable: true })
  correctiveActionId!: string | null;

  @Field(() => CorrectiveActionStatusEnum, { nullable: true })
  correctiveActionStatus!: CorrectiveActionStatus | null;
}

@ObjectType({ description: '内部审核' })
export class InternalAudit {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  plannedDate!: string;

  @Field(() => String, { nullable: true })
  performedDate!: string | null;

  @Field(() => InternalAuditStatusEnum)
  status!: InternalAuditStatus;

  @Field()
  scope!: string;

  @Field(() => [String])
  auditors!: string[];

  @Field(() => DocumentReference, { nullable: true })
  reportDocument!: DocumentReference | null;

  @Field(() => [AuditFinding])
  findings!: AuditFinding[];

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class InternalAuditConnection extends Connection(InternalAudit) {}
