import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RequestStatus, ServiceType } from '@stardesk/domain';
import { RequestStatusEnum, ServiceTypeEnum } from '../../core/graphql/domain-enums';
import { PublishedDocumentTypeEnum, type PublishedDocumentType } from './published-documents.port';

/**
 * What the public customer portal may see. These types are separate from the staff models on purpose:
 * nothing here carries a customer's data, internal ids of people or staff-only notes.
 */
@ObjectType()
export class PortalProduct {
  @Field(() => ID)
  id!: string;

  @Field()
  model!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class PortalOutlet {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType({ description: 'The organisation behind a portal address, with what its request form offers' })
export class PortalOrganisation {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'Today where the organisation is (YYYY-MM-DD), the earliest preferred visit date' })
  today!: string;

  @Field(() => [PortalProduct], { description: 'Active products, by model' })
  products!: PortalProduct[];

  @Field(() => [PortalOutlet], { description: 'Active outlets, by code; the first one takes requests that name none' })
  outlets!: PortalOutlet[];
}

@ObjectType({ description: 'A submitted request: the code the customer tracks it by' })
export class PortalSubmission {
  @Field()
  code!: string;

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field({ description: 'The status as a customer reads it, in the caller’s language' })
  statusLabel!: string;
}

@ObjectType()
export class PortalTimelineEntry {
  @Field()
  at!: Date;

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field({ description: 'Customer label of the status, in the caller’s language' })
  label!: string;
}

@ObjectType({ description: 'A visit window promised to the customer' })
export class PortalAppointment {
  @Field()
  from!: Date;

  @Field()
  to!: Date;
}

@ObjectType({ description: 'What a customer sees of their request: customer-safe fields only' })
export class PortalRequestStatus {
  @Field()
  code!: string;

  @Field(() => ServiceTypeEnum)
  type!: ServiceType;

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field({ description: 'Customer label of the status, in the caller’s language' })
  statusLabel!: string;

  @Field()
  reportedAt!: Date;

  @Field({ description: 'Product name and model' })
  product!: string;

  @Field(() => [PortalTimelineEntry], { description: 'Status changes, oldest first' })
  timeline!: PortalTimelineEntry[];

  @Field(() => PortalAppointment, { nullable: true, description: 'The next scheduled visit window, if any' })
  appointment!: PortalAppointment | null;

  @Field(() => String, {
    nullable: true,
    description: 'Short name of the assigned technician (given name; family name for Chinese names), never the full name',
  })
  technicianName!: string | null;
}

@ObjectType({ description: 'A published FAQ or product manual' })
export class PortalDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => PublishedDocumentTypeEnum)
  type!: PublishedDocumentType;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field()
  version!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Plain-text body (FAQ answers)' })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the file can be downloaded (manuals)' })
  downloadUrl!: string | null;
}
