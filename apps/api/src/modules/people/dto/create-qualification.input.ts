import { Field, ID, InputType } from '@nestjs/graphql';
import type { CertificateType } from '@stardesk/domain';
import { CertificateTypeEnum } from '../../../core/graphql/domain-enums';

/** Every field is nullable on purpose: the domain validator reports what is missing, field by field. */
@InputType()
export class CreateQualificationInput {
  @Field(() => ID, { nullable: true, description: 'The holder (required)' })
  staffId?: string | null;

  @Field(() => CertificateTypeEnum, { nullable: true, description: 'Required' })
  certificateType?: CertificateType | null;

  @Field(() => String, { nullable: true, description: 'Required; unique per certificate type' })
  certificateNo?: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing authority (required)' })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: 'The certificate’s own name; required for OTHER' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'First valid day YYYY-MM-DD (required)' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last valid day YYYY-MM-DD; empty when it does not expire' })
  validUntil?: string | null;
}
