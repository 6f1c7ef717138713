import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CertificateType } from '@stardesk/domain';
import { CertificateTypeEnum } from '../../core/graphql/domain-enums';
import { Connection } from '../../core/pagination/connection.model';
import { StaffSummary } from '../staff/staff-summary.model';

/** A certificate held by a staff member (持证上岗). Dates are local dates YYYY-MM-DD, inclusive. */
@ObjectType()
export class Qualification {
  @Field(() => ID)
  id!: string;

  @Field(() => StaffSummary)
  staff!: StaffSummary;

  @Field(() => CertificateTypeEnum)
  certificateType!: CertificateType;

  @Field()
  certificateNo!: string;

  @Field()
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'The certificate’s own name' })
  title!: string | null;

  @Field({ description: 'First valid day, YYYY-MM-DD' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last valid day, YYYY-MM-DD; null when it does not expire' })
  validUntil!: string | null;
}

@ObjectType()
export class QualificationConnection extends Connection(Qualification) {}
