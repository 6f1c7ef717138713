import type { Request } from 'express';
import type { OrganisationEntity } from '@stardesk/database';

export interface GraphqlContext {
  req: Request & { organisation?: OrganisationEntity };
}
