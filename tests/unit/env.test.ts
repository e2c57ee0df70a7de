import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvError, envVariableNames, parseEnv } from '@/lib/env';
import { generateSecrets } from '@/lib/devtools/dev-secrets';
import { companyFieldsRequiredInProduction } from '@/lib/legal/company-env';
import { stripePriceEnvNames } from '@/lib/billing/stripe-env';
import { company } from '../support/company-env';
import { productionStripe } from '../support/stripe-env';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };

describe('parseEnv', () => {
  it('applies defaults in development', () => {
    const env = parseEnv(base);
    expect(env.NODE_ENV).toBe('development');
    expect(env.APP_URL).toBe('http://localhost:3000');
    expect(env.AUDIT_LOG_RETENTION_DAYS).toBe(90);
    expect(env.RUN_WORKERS_IN_PROCESS).toBe(false);
  });

  it('lists every problem at once, by variable name', () => {
    try {
      parseEnv({ NODE_ENV: 'production', APP_URL: 'not a url', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const names = (error as EnvError).problems.map((p) => p.name).sort();
      expect(names).toEqual(
        [
          'APP_URL', 'DATABASE_URL', 'LOG_LEVEL', 'META_APP_SECRET', 'META_WEBHOOK_VERIFY_TOKEN', 'SESSION_SECRETS', 'TOKEN_ENCRYPTION_KEYS', ...companyFieldsRequiredInProduction,
          'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', ...stripePriceEnvNames,
        ].sort(),
      );
      expect((error as EnvError).message).toContain('✗ DATABASE_URL');
    }
  });

  it('requires the secrets in production and accepts generated ones', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production' })).toThrow(/SESSION_SECRETS: required in production/);
    const env = parseEnv({ ...base, NODE_ENV: 'production', ...generateSecrets(), META_APP_SECRET: 'a'.repeat(32), META_WEBHOOK_VERIFY_TOKEN: 'verify-me-please', ...company, ...productionStripe });
    expect(env.TOKEN_ENCRYPTION_KEYS?.active.key).toHaveLength(32);
  });

  it('treats blank values as unset', () => {
    expect(parseEnv({ ...base, LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
  });

  it('.env.example documents every variable', () => {
    const example = readFileSync('.env.example', 'utf8');
    for (const name of envVariableNames) expect(example, `${name} missing from .env.example`).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
