import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ImportProblemSeverity, ImportRecordTypeName } from '@stardesk/domain';
import { ImportProblemSeverityEnum, ImportRecordTypeEnum } from '../../core/graphql/domain-enums';

@ObjectType({ description: 'Records of one type written by an accepted import' })
export class ImportCount {
  @Field(() => ImportRecordTypeEnum)
  type!: ImportRecordTypeName;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int, { description: 'Overwritten (update: true)' })
  updated!: number;
}

@ObjectType({ description: 'One problem of an import: file, row (header = 1), column as written in the file, reason' })
export class ImportProblemItem {
  @Field()
  file!: string;

  @Field(() => Int, { nullable: true, description: 'Spreadsheet row (the header is row 1); null for the whole file' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The column header as written in the file' })
  column!: string | null;

  @Field({ description: 'Stable code, e.g. required, invalidInstant, alreadyExists' })
  code!: string;

  @Field(() => ImportProblemSeverityEnum)
  severity!: ImportProblemSeverity;

  @Field({ description: 'The reason in the caller’s language (Accept-Language)' })
  message!: string;
}

@ObjectType({ description: 'The outcome of an import: all written (accepted) or nothing written, with the full report' })
export class ImportResult {
  @Field()
  accepted!: boolean;

  @Field(() => [ImportCount])
  counts!: ImportCount[];

  @Field(() => [ImportProblemItem], { description: 'Errors (when refused) and warnings (unknown columns), by file, row and column' })
  problems!: ImportProblemItem[];
}
