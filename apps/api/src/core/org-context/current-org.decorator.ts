import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { orgRequired } from '../errors/app-errors';
import { orgScopedRequest } from './org-context.guard';

/** The organisation pinned by OrgContextGuard; resolvers pass its id to every service call. */
export const CurrentOrg = createParamDecorator((_data: unknown, context: ExecutionContext): OrganisationEntity => {
  const req = orgScopedRequest(context);
  if (!req.organisation) throw orgRequired();
  return req.organisation;
});
