// Every environment variable the app reads, validated once with zod. `.env.example`
// documents the same list; tests/unit/env.test.ts keeps the two in step.
import { z } from 'zod';
import { trackerEnvShape } from './consent/tracker-env';
import { stripeEnvShape, stripeEnvProblems } from './billing/stripe-env';
import { keyringSchema } from './crypto/keyring';
import { proxyTrustEnvShape } from './http/proxy-trust';
import { safeFetchEnvShape } from './http/safe-fetch-env';
import { companyEnvShape, companyFieldsRequiredInProduction } from './legal/company-env';
import { storageEnvProblems, storageEnvShape } from './storage/storage-env';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const envShape = z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    APP_URL: z.url({ message: 'must be an absolute URL such as https://app.example.com' }).default('http://localhost:3000'),
    DATABASE_URL: z
      .string({ message: 'required: a Postgres connection string (npm run dev sets it for the embedded database)' })
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Seconds an idle pooled connection is kept before it is closed; 0 keeps them open (docs/scaling.md "Connections"). */
    DATABASE_POOL_IDLE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
    /** A direct connection (not through a transaction-mode pooler) for LISTEN and migrations; default DATABASE_URL (docs/scaling.md). */
    /** Parse and plan hot statements once per connection (named prepared statements); false for a pooler that cannot route them (docs/scaling.md). */
    DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false', '1', '0', '']).optional().transform((v) => v !== 'false' && v !== '0'),
    DATABASE_DIRECT_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    SESSION_SECRETS: keyringSchema({ minBytes: 32 }).optional(),
    TOKEN_ENCRYPTION_KEYS: keyringSchema({ minBytes: 32, maxBytes: 32 }).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RUN_WORKERS_IN_PROCESS: bool,
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
    /** Wait this long after an inbound message before the AI answers, so a burst is answered once (0 = at once). */
    AGENT_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(1500),
    AUDIT_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** Days raw Meta webhook bodies (and their per-unit payloads) are kept for replay. */
    WEBHOOK_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    RESEND_API_KEY: z.string().startsWith('re_', 'must start with re_').optional(),
    EMAIL_FROM: z.string().default('Relaydesk <no-reply@relaydesk.local>'),
    DEV_TOOLS_IN_PRODUCTION: bool,
    META_APP_ID: z.string().regex(/^[\w-]+$/, 'must be the numeric app id from the App Dashboard').default('relaydesk-dev-app'),
    META_APP_SECRET: z.string().min(16, 'must be the App Secret from the App Dashboard').optional(),
    META_WEBHOOK_VERIFY_TOKEN: z.string().min(8, 'use at least 8 characters').optional(),
    META_GRAPH_BASE_URL: z.url().default('https://graph.facebook.com/v23.0'),
    META_INSTAGRAM_GRAPH_BASE_URL: z.url().default('https://graph.instagram.com/v23.0'),
    META_INSTAGRAM_API_BASE_URL: z.url().default('https://api.instagram.com'),
    META_FACEBOOK_DIALOG_URL: z.url().default('https://www.facebook.com/v23.0/dialog/oauth'),
    META_INSTAGRAM_DIALOG_URL: z.url().default('https://www.instagram.com/oauth/authorize'),
    META_WEBHOOK_MAX_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
    // Media and uploads: local disk or an S3-compatible bucket (lib/storage/storage-env.ts).
    ...storageEnvShape,
    // Largest knowledge file an owner may upload for the AI agent (lib/agent/knowledge).
    KNOWLEDGE_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
    // Knowledge files are read in a child process that is killed past these (extract-in-child-process.ts).
    // The timeout stays well under the indexing job's 300 s expiry, so a job never outlives it.
    KNOWLEDGE_EXTRACTION_MEMORY_MB: z.coerce.number().int().min(256).max(8192).default(768),
    KNOWLEDGE_EXTRACTION_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(120).default(60),
    // Cal.com → Meta Conversions API (lib/calcom, lib/capi). Each part is off while unset.
    CALCOM_WEBHOOK_SECRET: z.string().min(16, 'use the secret from Cal.com → Settings → Developer → Webhooks (at least 16 characters)').optional(),
    META_CAPI_ACCESS_TOKEN: z.string().min(16, 'must be the Conversions API access token from Events Manager').optional(),
    /** Graph base including the version, e.g. https://graph.facebook.com/v23.0; defaults to META_GRAPH_BASE_URL. */
    META_CAPI_BASE_URL: z.url().optional(),
    /** Calling code (digits only, e.g. 44) prefixed to booking phone numbers written without one. */
    META_CAPI_DEFAULT_COUNTRY_CODE: z.string().regex(/^[1-9]\d{0,2}$/, 'must be a calling code such as 44 or 1 (digits only)').optional(),
    // AI agent providers (lib/agent/providers). A platform key is used by every workspace that
    // has not saved its own; with neither, the agent runs on the built-in offline responder.
    OPENAI_API_KEY: z.string().min(8, 'must be an OpenAI API key (sk-…)').optional(),
    OPENAI_BASE_URL: z.url().default('https://api.openai.com/v1'),
    XAI_API_KEY: z.string().min(8, 'must be an xAI API key (xai-…)').optional(),
    XAI_BASE_URL: z.url().default('https://api.x.ai/v1'),
    GEMINI_API_KEY: z.string().min(8, 'must be a Google AI Studio API key').optional(),
    /** Without the API version: the SDK appends /v1beta/models/{model}:generateContent. */
    GEMINI_BASE_URL: z.url().default('https://generativelanguage.googleapis.com'),
    AGENT_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(20_000),
    PLATFORM_ADMIN_EMAILS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean)),
    // Public-site trackers, each off when unset (lib/consent/tracker-env.ts).
    // Tracker ids (META_PIXEL_ID is shared with the Conversions API job).
    ...trackerEnvShape,
    ...companyEnvShape,
    // Billing through Stripe (lib/billing/stripe-env.ts). Unset outside production: the stand-in.
    ...stripeEnvShape,
    // Reverse proxies that may speak for the client (client IP, X-Forwarded-Host): lib/http/proxy-trust.ts.
    ...proxyTrustEnvShape,
    /** Sign-ups accepted from one address (an IPv6 /64) per hour; raise it for an office behind one NAT, or a test server. */
    SIGN_UP_LIMIT_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(5),
    // Guarded fetches of outside URLs (lib/http/safe-fetch.ts): dev/test allowlist only.
    ...safeFetchEnvShape,
});

// Dev and test generate these into .data/; production must be given them explicitly so a
// restart never silently invalidates sessions or makes stored tokens unreadable.
const requiredInProduction = ['SESSION_SECRETS', 'TOKEN_ENCRYPTION_KEYS', 'META_APP_SECRET', 'META_WEBHOOK_VERIFY_TOKEN'] as const;

export type Env = z.infer<typeof envShape>;

/** Every variable the schema knows, for docs and the .env.example check. */
export const envVariableNames = Object.keys(envShape.shape);

export class EnvError extends Error {
  constructor(readonly problems: { name: string; message: string }[]) {
    super(
      'Relaydesk cannot start: the environment is invalid.\n' +
        problems.map((p) => `  ✗ ${p.name}: ${p.message}`).join('\n') +
        '\nSee .env.example for every variable, its default and how to generate secrets.',
    );
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Blank values in .env files mean "unset", not "empty string".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envShape.safeParse(cleaned);
  const problems = (result.error?.issues ?? []).map((issue) => ({
    name: issue.path.join('.') || '(environment)',
    message: issue.message,
  }));
  // Checked by hand rather than with a refinement so it is reported alongside the other
  // problems (zod skips refinements when the object already has issues).
  if (cleaned.NODE_ENV === 'production') {
    for (const name of requiredInProduction) {
      if (!cleaned[name]) problems.push({ name, message: 'required in production (see .env.example for how to generate it)' });
    }
    for (const name of companyFieldsRequiredInProduction) {
      if (!cleaned[name]) problems.push({ name, message: 'required in production: the legal pages print it (see .env.example)' });
    }
    // The allowlist lets outside URLs reach loopback/private hosts: a dev and test tool only.
    if (cleaned.SAFE_FETCH_ALLOWLIST && !['true', '1'].includes(cleaned.DEV_TOOLS_IN_PRODUCTION ?? '')) {
      problems.push({ name: 'SAFE_FETCH_ALLOWLIST', message: 'not allowed in production: it exempts URLs from the SSRF guard (only the e2e server, with DEV_TOOLS_IN_PRODUCTION=true, may set it)' });
    }
  }
  problems.push(...stripeEnvProblems(cleaned));
  problems.push(...storageEnvProblems(cleaned));
  if (problems.length || !result.success) throw new EnvError(problems);
  return result.data;
}

let cached: Env | undefined;

/** The validated environment; throws EnvError listing every problem at once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forgets the parsed environment so the next env() re-reads process.env (tests that stub variables). */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Start-up check for entry points: print the readable list and exit, no stack trace. */
export function assertEnvOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
