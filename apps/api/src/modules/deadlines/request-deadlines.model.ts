import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DeadlineState } from '@stardesk/domain';
import { DeadlineStateEnum } from '../../core/graphql/domain-enums';
import { TargetInForce } from '../service-policy/target-in-force.model';

@ObjectType({ description: 'One live deadline of a request: promise → target → due time → result' })
export class Deadline {
  @Field()
  dueAt!: Date;

  @Field(() => DeadlineStateEnum)
  state!: DeadlineState;

  @Field(() => Int, { nullable: true, description: 'Whole minutes left (PENDING) or to spare (MET)' })
  minutesLeft!: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole minutes past the deadline, rounded up (BREACHED)' })
  minutesLate!: number | null;

  @Field(() => Date, { nullable: true, description: 'When the clock stopped (acknowledged, arrived, resolved)' })
  stoppedAt!: Date | null;

  @Field(() => TargetInForce, { description: 'The target counted, and the commitment or setting behind it' })
  target!: TargetInForce;

  @Field({ description: 'Whether the due time counts working hours only (working calendar on)' })
  workingTime!: boolean;
}

@ObjectType({ description: 'Null deadlines: the request is cancelled, or (arrival) nobody needs to go on site' })
export class RequestDeadlines {
  @Field(() => Deadline, { nullable: true })
  response!: Deadline | null;

  @Field(() => Deadline, { nullable: true })
  arrival!: Deadline | null;

  @Field(() => Deadline, { nullable: true })
  resolution!: Deadline | null;
}
