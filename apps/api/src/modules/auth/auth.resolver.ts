import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { Allow, Public, ROLES } from '../../core/auth/access.decorators';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import type { Principal } from '../../core/auth/principal';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { AuthSession, CurrentUser, UserAccount, UserOverview } from './auth.model';
import { AuthService, type IssuedSession } from './auth.service';
import { GrantUserLoginInput, LoginInput, SetUserPasswordInput } from './dto/login.input';
import { clearRefreshCookie, readRefreshCookie, writeRefreshCookie } from './refresh-cookie';
import { LoginThrottle } from '../../core/hardening/login-rate-limit';

@Resolver()
export class AuthResolver {
  constructor(private readonly service: AuthService, private readonly throttle: LoginThrottle) {}

  @Public()
  @Mutation(() => AuthSession, { description: 'Public: sign in with organisation, login and password; sets the refresh cookie' })
  async login(@Args('input') input: LoginInput, @Context() context: GraphqlContext): Promise<AuthSession> {
    this.throttle.assertAllowed(context.req.ip, input.login ?? '');
    return this.deliver(context, await this.service.login(input));
  }

  @Public()
  @Mutation(() => AuthSession, { description: 'Public: a new access token for the refresh cookie, which is rotated; a replayed cookie ends the session' })
  async refreshSession(@Context() context: GraphqlContext): Promise<AuthSession> {
    try {
      return this.deliver(context, await this.service.refresh(readRefreshCookie(context.req)));
    } catch (error) {
      clearRefreshCookie(context.req);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Public: end this session (refresh cookie and access token) and clear the cookie' })
  async logout(@Context() context: GraphqlContext): Promise<boolean> {
    await this.service.logout(readRefreshCookie(context.req), context.req.headers.authorization);
    clearRefreshCookie(context.req);
    return true;
  }

  @Allow(...ROLES.ANY)
  @Query(() => CurrentUser, { description: 'The signed-in user: name, role, outlets and organisation' })
  me(@CurrentPrincipal() principal: Principal): Promise<CurrentUser> {
    return this.service.currentUser(principal);
  }

  @Allow(...ROLES.ADMIN)
  @Query(() => [UserAccount], { description: 'Admin: the accounts of the organisation' })
  userAccounts(@CurrentOrg() organisation: OrganisationEntity): Promise<UserAccount[]> {
    return this.service.accounts(organisation.id);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => UserAccount, { description: 'Admin: give a staff member an account or a new password (ends their sessions)' })
  setUserPassword(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: SetUserPasswordInput): Promise<UserAccount> {
    return this.service.setPassword(organisation.id, input);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Int, { description: 'Admin: end every session of a staff member at once; the number ended' })
  revokeUserSessions(@CurrentOrg() organisation: OrganisationEntity, @Args('staffId', { type: () => ID }) staffId: string): Promise<number> {
    return this.service.revokeSessions(organisation.id, staffId);
  }

  @Allow(...ROLES.ADMIN)
  @Query(() => [UserOverview], { description: 'Admin: every staff member as a user — role, outlets, sign-in state, last sign-in (active first)' })
  users(@CurrentOrg() organisation: OrganisationEntity): Promise<UserOverview[]> {
    return this.service.users(organisation.id);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => UserOverview, {
    description: 'Admin: give a staff member a sign-in with a role and outlets in one step (or reset them); ends their other sessions. Nobody removes their own ADMIN role.',
  })
  grantUserLogin(
    @CurrentOrg() organisation: OrganisationEntity,
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: GrantUserLoginInput,
  ): Promise<UserOverview> {
    return this.service.grantLogin(organisation.id, principal, input);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => UserOverview, { description: 'Admin: end the lockout after failed sign-ins now (the password is unchanged)' })
  unlockUserAccount(@CurrentOrg() organisation: OrganisationEntity, @Args('staffId', { type: () => ID }) staffId: string): Promise<UserOverview> {
    return this.service.unlock(organisation.id, staffId);
  }

  private deliver(context: GraphqlContext, issued: IssuedSession): AuthSession {
    writeRefreshCookie(context.req, issued.refreshToken, issued.refreshExpiresAt);
    return issued.session;
  }
}
