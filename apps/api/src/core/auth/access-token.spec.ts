import { ACCESS_TOKEN_SECONDS, AccessTokenSigner } from './access-token';

const claims = { sub: 'account-1', sid: 'session-1', org: 'org-1', role: 'DISPATCHER' };

describe('AccessTokenSigner', () => {
  const signer = new AccessTokenSigner('a-secret-of-at-least-thirty-two-characters');

  it('verifies its own token until it expires', () => {
    const now = Date.UTC(2026, 0, 1);
    const { token, expiresAt } = signer.sign(claims, now);
    expect(expiresAt.getTime()).toBe(now + ACCESS_TOKEN_SECONDS * 1000);
    expect(signer.verify(token, now + 60_000)).toMatchObject(claims);
    expect(signer.verify(token, expiresAt.getTime())).toBeNull();
  });

  it('refuses a changed payload, another key and nonsense', () => {
    const { token } = signer.sign(claims);
    const [header, payload, signature] = token.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'ADMIN' })).toString('base64url');
    expect(signer.verify(`${header}.${promoted}.${signature}`)).toBeNull();
    expect(new AccessTokenSigner('another-secret-of-at-least-thirty-two-chars').verify(token)).toBeNull();
    expect(new AccessTokenSigner(undefined).verify(token)).toBeNull();
    for (const bad of ['', 'a.b', 'a.b.c', `${header}.${payload}.`]) expect(signer.verify(bad)).toBeNull();
  });

  it('refuses the "none" algorithm', () => {
    const { token } = signer.sign(claims);
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(signer.verify(`${none}.${token.split('.')[1]}.`)).toBeNull();
  });
});
