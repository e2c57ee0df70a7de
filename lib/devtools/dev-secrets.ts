// Development-only secrets, generated once into .data/ (git-ignored) so sessions survive
// restarts. Production never reaches this file: lib/env.ts requires the real values there.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateKeyringEntry } from '../crypto/keyring';

const SECRETS_FILE = '.data/dev-secrets.json';

export type DevSecrets = { SESSION_SECRETS: string; TOKEN_ENCRYPTION_KEYS: string };

export function generateSecrets(): DevSecrets {
  return { SESSION_SECRETS: generateKeyringEntry('s1', 48), TOKEN_ENCRYPTION_KEYS: generateKeyringEntry('k1', 32) };
}

/** Fills in any of these secrets missing from process.env, from (or into) .data/dev-secrets.json. */
export async function applyDevSecrets(file = SECRETS_FILE): Promise<void> {
  let secrets: DevSecrets;
  if (existsSync(file)) {
    secrets = JSON.parse(await readFile(file, 'utf8')) as DevSecrets;
  } else {
    secrets = generateSecrets();
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  for (const [name, value] of Object.entries(secrets)) process.env[name] ||= value;
}
