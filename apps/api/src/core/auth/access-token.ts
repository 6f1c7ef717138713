import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens are compact JWTs (HS256) signed with the server's secret: the guard rejects a forged or
 * expired token without touching the database, and the token names the session (`sid`) so a revoked
 * session ends at once (the guard checks the session row on each request). Short-lived (15 minutes).
 */
export interface AccessClaims {
  sub: string;
  sid: string;
  org: string;
  role: string;
  iat: number;
  exp: number;
}

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export class AccessTokenSigner {
  private readonly key: Buffer;

  /** Without a configured secret, a random one: tokens then end with the process (sessions refresh). */
  constructor(secret: string | undefined) {
    this.key = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  sign(claims: Omit<AccessClaims, 'iat' | 'exp'>, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const exp = iat + ACCESS_TOKEN_SECONDS;
    const payload = base64url(JSON.stringify({ ...claims, iat, exp }));
    const signature = this.signature(`${HEADER}.${payload}`);
    return { token: `${HEADER}.${payload}.${signature}`, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a genuine, unexpired token; null for anything else. */
  verify(token: string, now = Date.now()): AccessClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = Buffer.from(this.signature(`${parts[0]}.${parts[1]}`));
    const actual = Buffer.from(parts[2]!);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    try {
      const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as AccessClaims;
      if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
      return claims;
    } catch {
      return null;
    }
  }

  private signature(input: string): string {
    return createHmac('sha256', this.key).update(input).digest('base64url');
  }
}
