import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { orgRequired } from '../errors/app-errors';
import type { GraphqlContext } from '../graphql/graphql-context';

/** The organisation pinned by OrgContextGuard; resolvers pass its id to every service call. */
export const CurrentOrg = createParamDecorator((_data: unknown, context: ExecutionContext): OrganisationEntity => {
  const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  if (!req.organisation) throw orgRequired();
  return req.organisation;
});
