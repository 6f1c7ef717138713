import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'One file of an import set, e.g. service_requests.csv or visits.xlsx, its bytes in Base64' })
export class ImportFileInput {
  @Field(() => String, { nullable: true, description: 'File name; it tells the record type (service_requests.csv, visits.xlsx, ...)' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The file’s bytes in Base64 (all files of a request: at most 20 MB)' })
  contentBase64?: string | null;
}
