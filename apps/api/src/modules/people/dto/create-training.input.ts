import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class TrainingAttendanceInput {
  @Field(() => ID, { nullable: true, description: 'Required; each person once' })
  staffId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Assessment score 0–100' })
  score?: number | null;

  @Field(() => Boolean, { nullable: true })
  passed?: boolean | null;
}

/** Every field is nullable on purpose: the domain validator reports what is missing, field by field. */
@InputType({ description: 'A training that took place, with its attendees' })
export class CreateTrainingInput {
  @Field(() => String, { nullable: true, description: 'Required' })
  course?: string | null;

  @Field(() => String, { nullable: true, description: 'Local date YYYY-MM-DD, not in the future (required)' })
  date?: string | null;

  @Field(() => Float, { nullable: true, description: 'Hours credited to each attendee, more than 0, in tenths (required)' })
  hours?: number | null;

  @Field(() => String, { nullable: true })
  trainer?: string | null;

  @Field(() => String, { nullable: true })
  syllabus?: string | null;

  @Field(() => [TrainingAttendanceInput], { nullable: true, description: 'At least one' })
  attendees?: TrainingAttendanceInput[] | null;
}
