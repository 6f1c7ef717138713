import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/pagination/connection.model';
import { DocumentReference } from './internal-audit.model';

@ObjectType({ description: '管理评审' })
export class ManagementReview {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  reviewDate!: string;

  @Field(() => String, { nullable: true })
  chair!: string | null;

  @Field(() => [String])
  attendees!: string[];

  @Field({ description: 'KPI results, audit results, complaints, corrective actions, changes…' })
  inputs!: string;

  @Field(() => String, { nullable: true, description: 'Decisions and outputs' })
  decisions!: string | null;

  @Field(() => DocumentReference, { nullable: true })
  reportDocument!: DocumentReference | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class ManagementReviewConnection extends Connection(ManagementReview) {}
