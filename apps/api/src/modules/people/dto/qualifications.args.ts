import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { CertificateType } from '@stardesk/domain';
import { CertificateTypeEnum } from '../../../core/graphql/domain-enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';

@InputType()
export class QualificationFilter {
  @Field(() => [ID], { nullable: true })
  staffIds?: string[] | null;

  @Field(() => [CertificateTypeEnum], { nullable: true })
  certificateTypes?: CertificateType[] | null;

  @Field(() => String, { nullable: true, description: 'Only certificates valid on this local date YYYY-MM-DD' })
  validAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only certificates valid today that expire within this many days (0 = today)' })
  expiringWithinDays?: number | null;
}

@ArgsType()
export class QualificationsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => QualificationFilter, { nullable: true })
  filter?: QualificationFilter | null;
}
