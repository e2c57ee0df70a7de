import argon2 from 'argon2';

/**
 * argon2id at OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1). Stored hashes carry
 * their parameters, so raising these makes `needsRehash` true for older hashes at login.
 */
export const passwordHashOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, passwordHashOptions);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

export function passwordNeedsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, passwordHashOptions);
}
