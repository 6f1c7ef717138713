import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/pagination/connection.model';
import { StaffSummary } from '../staff/staff-summary.model';

@ObjectType({ description: 'One person at a training, with the assessment when there was one' })
export class TrainingAttendance {
  @Field(() => StaffSummary)
  staff!: StaffSummary;

  @Field(() => Float, { nullable: true, description: 'Assessment score 0–100' })
  score!: number | null;

  @Field(() => Boolean, { nullable: true })
  passed!: boolean | null;
}

@ObjectType({ description: 'A training course (培训) and who attended' })
export class Training {
  @Field(() => ID)
  id!: string;

  @Field()
  course!: string;

  @Field({ description: 'Local date YYYY-MM-DD' })
  date!: string;

  @Field(() => Float, { description: 'Hours credited to each attendee' })
  hours!: number;

  @Field(() => String, { nullable: true })
  trainer!: string | null;

  @Field(() => String, { nullable: true })
  syllabus!: string | null;

  @Field(() => Int)
  attendeeCount!: number;

  @Field(() => [TrainingAttendance], { description: 'By login' })
  attendees!: TrainingAttendance[];
}

@ObjectType()
export class TrainingConnection extends Connection(Training) {}
