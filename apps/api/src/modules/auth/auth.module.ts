import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '../../core/auth/access.guard';
import { AccessTokenSigner } from '../../core/auth/access-token';
import { LoginThrottle } from '../../core/hardening/login-rate-limit';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

export interface AuthOptions {
  /** STARDESK_AUTH_SECRET: the key that signs access tokens; random per process when not set. */
  secret?: string;
  /** STARDESK_LOGIN_RATE: sign-in attempts a minute per client address (a login name gets half); 0 = off. */
  loginAttemptsPerMinute?: number;
}

/** Accounts and sessions, and the global AccessGuard that checks every operation's @Allow/@Public. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions = {}, signer = new AccessTokenSigner(options.secret)): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: AccessTokenSigner, useValue: signer },
        { provide: LoginThrottle, useValue: new LoginThrottle(options.loginAttemptsPerMinute) },
        { provide: APP_GUARD, useClass: AccessGuard },
        AuthService,
        AuthResolver,
      ],
      exports: [AccessTokenSigner, AuthService],
    };
  }
}
