import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { AuditFindingSeverity } from '@stardesk/domain';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';
import { AuditFindingSeverityEnum } from '../quality-enums';

@InputType()
export class CreateInternalAuditInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  plannedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Set once the audit took place' })
  performedDate?: string | null;

  @Field(() => String, { nullable: true })
  scope?: string | null;

  @Field(() => [String], { nullable: true, description: 'Names (auditors may be external)' })
  auditors?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A controlled document of type INTERNAL_AUDIT_REPORT' })
  reportDocumentId?: string | null;
}

@InputType({ description: 'Fields left out keep their value' })
export class UpdateInternalAuditInput extends CreateInternalAuditInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class AddAuditFindingInput {
  @Field(() => ID)
  auditId!: string;

  @Field(() => String, { nullable: true })
  clause?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => AuditFindingSeverityEnum, { nullable: true })
  severity?: AuditFindingSeverity | null;
}

@InputType({ description: 'Link a finding to an existing corrective action' })
export class LinkAuditFindingInput {
  @Field(() => ID)
  findingId!: string;

  @Field(() => ID, { nullable: true })
  correctiveActionId?: string | null;
}

@ArgsType()
export class InternalAuditsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
