import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { TargetKey, TargetSource, TargetUnit } from '@stardesk/domain';
import { TargetKeyEnum, TargetSourceEnum, TargetUnitEnum } from '../../core/graphql/domain-enums';
import { ServiceCommitment } from './service-commitment.model';

@ObjectType({ description: 'A target as it applies, and where it comes from: promise → target' })
export class TargetInForce {
  @Field(() => TargetKeyEnum)
  key!: TargetKey;

  @Field(() => Int)
  value!: number;

  @Field(() => TargetUnitEnum)
  unit!: TargetUnit;

  @Field(() => TargetSourceEnum)
  source!: TargetSource;

  @Field(() => ServiceCommitment, { nullable: true, description: 'The approved commitment that sets it, when one does' })
  commitment!: ServiceCommitment | null;
}
