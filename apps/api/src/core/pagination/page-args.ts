import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ValidationFailed, type FieldError } from '@stardesk/domain';
import { decodeKeysetCursor, type KeysetCursor } from './keyset-cursor';

export const MAX_PAGE_SIZE = 100;

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
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    errors.push({ field: 'first', code: 'outOfRange', params: { min: 1, max: MAX_PAGE_SIZE } });
  }
  const after = args.after ? decodeKeysetCursor(args.after) : null;
  if (args.after && !after) errors.push({ field: 'after', code: 'invalidCode' });
  if (errors.length) throw new ValidationFailed(errors);
  return { first: args.first, after };
}
