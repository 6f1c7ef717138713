import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OrganisationEntity } from '@stardesk/database';
import { DataSource } from 'typeorm';
import { orgNotFound, orgRequired } from '../errors/app-errors';
import type { GraphqlContext } from '../graphql/graphql-context';

export const ORG_HEADER = 'x-org-code';

type OrgScopedRequest = GraphqlContext['req'];

/** The HTTP request behind a GraphQL operation or a REST route (file upload and download, PDFs). */
export function orgScopedRequest(context: ExecutionContext): OrgScopedRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<GraphqlContext>().req
    : context.switchToHttp().getRequest<OrgScopedRequest>();
}

/**
 * Resolves the organisation a request works in and pins it on the request; every org-scoped resolver
 * reads it through @CurrentOrg(), so no query can run without an organisation to scope it.
 * (Until accounts exist the header names it; afterwards the signed-in user's organisation will.)
 */
@Injectable()
export class OrgContextGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = orgScopedRequest(context);
    if (req.organisation) return true;
    const header = req.headers[ORG_HEADER];
    const code = (Array.isArray(header) ? header[0] : header)?.trim().toUpperCase();
    if (!code) throw orgRequired();
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ code });
    if (!organisation) throw orgNotFound(code);
    req.organisation = organisation;
    return true;
  }
}
