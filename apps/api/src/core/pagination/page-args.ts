import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ValidationFailed, type FieldError } from '@stardesk/domain';
import { checkPageArgs, MAX_PAGE_SIZE } from './keyset';
import type { KeysetCursor } from './keyset-cursor';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

/** The page size and the decoded cursor, or field errors for both at once. */
export function checkPage(args: PageArgs): { first: number; after: KeysetCursor | null } {
  const errors: FieldError[] = [];
  const after = checkPageArgs(args, errors);
  if (errors.length) throw new ValidationFailed(errors);
  return { first: args.first, after };
}
