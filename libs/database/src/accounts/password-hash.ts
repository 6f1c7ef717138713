import argon2 from 'argon2';

/**
 * argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane): about 30–60 ms a hash here, slow enough
 * to make offline guessing expensive and fast enough for sign-in. The PHC string keeps the parameters,
 * so raising them later still verifies old hashes (and `needsRehash` tells when to upgrade one).
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Spends the time of one verification for an unknown login, so timing does not tell logins apart. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('stardesk-dummy-password-0');
  await verifyPassword(await dummy, password);
  return false;
}
