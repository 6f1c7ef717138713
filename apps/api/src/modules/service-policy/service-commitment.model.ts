import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TargetKey, TargetUnit } from '@stardesk/domain';
import { TargetKeyEnum, TargetUnitEnum } from '../../core/graphql/domain-enums';

@ObjectType({ description: '服务承诺: one version of a promise that sets one target' })
export class ServiceCommitment {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable code; every version of a promise shares it' })
  code!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'e.g. 城区24小时上门' })
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => TargetKeyEnum)
  targetKey!: TargetKey;

  @Field(() => Int)
  targetValue!: number;

  @Field(() => TargetUnitEnum)
  targetUnit!: TargetUnit;

  @Field()
  effectiveFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'Exclusive end; null: open-ended' })
  effectiveTo!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null while a draft; only approved versions set targets' })
  approvedAt!: Date | null;

  @Field({ description: 'Whether this version sets its target right now' })
  inForce!: boolean;
}
