import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { orgScopedRequest } from '../org-context/org-context.guard';
import { unauthenticated } from './access-errors';
import type { Principal } from './principal';

/** The signed-in user pinned by AccessGuard (never on @Public() operations). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = orgScopedRequest(context).principal;
  if (!principal) throw unauthenticated();
  return principal;
});
