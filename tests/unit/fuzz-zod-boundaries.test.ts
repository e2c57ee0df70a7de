// Property-based fuzzing (fast-check) of the input boundaries: every zod schema of the app
// (lib/**/*.schema.ts, app/**/*.schema.ts, the auth schemas, email props) and the hand-written
// parsers that take untrusted text (client IP, signed_request, connect errors, SSE ids, cursors).
// Random and mutated inputs must be answered — parsed or refused — never thrown at, and what the
// query-parameter schemas let through must be safe to hand to Postgres.
// The integration side (server actions and routes with a database) is tests/integration/fuzz-boundaries.test.ts.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { connectErrorMessage } from '@/lib/channels/connect-errors';
import { decodeConversationCursor } from '@/lib/inbox/conversation-cursor';
import { conversationFiltersSchema, inboxPageParamsSchema } from '@/lib/inbox/conversation-filters.schema';
import { parseProxyTrust } from '@/lib/http/proxy-trust';
import { resolveClientIp, rateLimitSubjectForIp } from '@/lib/http/resolve-client-ip';
import { parseSignedRequest } from '@/lib/meta/parse-signed-request';
import { mediaRule } from '@/lib/media/media-policy';
import { parseLastEventId } from '@/lib/realtime/format-sse';
import { hasUnstorableCharacters } from '@/lib/validation/unstorable-text';
import { auditFiltersSchema } from '@/app/(app)/audit/audit-filters.schema';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'generated' || entry === 'node_modules') return [];
    return statSync(full).isDirectory() ? files(full, test) : test(entry) ? [full] : [];
  });
}

const schemaFiles = [
  ...files('lib', (name) => name.endsWith('.schema.ts')),
  ...files('app', (name) => name.endsWith('.schema.ts')),
  'lib/auth/auth-schemas.ts',
  'lib/email/email-template-schemas.ts',
];

const isSchema = (value: unknown): value is z.ZodType => typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';

/** Text that breaks naive code: NUL, lone surrogates, bidi controls, huge, numeric, JSON-ish. */
const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\uD800', '\uDC00x', '\u202Eevil', '', ' ', 'null', 'undefined', '__proto__', 'constructor', 'toString', '-1', '1e309', 'NaN', '9'.repeat(40)),
  fc.constantFrom('{"a":', '[]', '{}', '{"__proto__":{"x":1}}', '"\\u0000"', '2026-13-45', '0000-00-00', '00000000-0000-0000-0000-000000000000'),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
/** A form post or a JSON body: string fields, sometimes repeated (arrays), sometimes JSON values. */
const formLike = fc.dictionary(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('name', 'email', 'password', 'settings', 'turns', 'ids', 'q', 'cursor', 'text', 'body')), fc.oneof(nastyString, fc.array(nastyString, { maxLength: 3 })));
const anyInput = fc.oneof(fc.anything(), formLike, nastyString);

describe('fuzzing every zod schema', async () => {
  const schemas: [string, z.ZodType][] = [];
  for (const file of schemaFiles) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (isSchema(value)) schemas.push([`${file} › ${name}`, value]);
  }

  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)('%s answers any input without throwing', (_name, schema) => {
    fc.assert(fc.property(anyInput, (input) => {
      const result = schema.safeParse(input);
      expect(typeof result.success).toBe('boolean');
    }), { numRuns: RUNS });
  });
});

describe('query-parameter schemas hand Postgres nothing it cannot take', () => {
  const query = fc.dictionary(fc.constantFrom('q', 'status', 'channel', 'assignee', 'handling', 'label', 'needsHuman', 'cursor', 'c', 'before', 'action', 'actor', 'from', 'to'), nastyString);

  it('inbox filters: no NUL or lone surrogate survives, and a malformed parameter falls back instead of failing', () => {
    fc.assert(fc.property(query, (input) => {
      for (const schema of [conversationFiltersSchema, inboxPageParamsSchema]) {
        const parsed = schema.parse(input);
        for (const value of Object.values(parsed)) if (typeof value === 'string') expect(hasUnstorableCharacters(value)).toBe(false);
      }
    }), { numRuns: RUNS * 5 });
  });

  it('audit filters: dates that pass are real calendar dates', () => {
    fc.assert(fc.property(query, fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '2025-02-28', '2024-02-29'), (input, date) => {
      const parsed = auditFiltersSchema.parse({ ...input, from: date, to: input.to });
      for (const value of [parsed.from, parsed.to]) if (value) expect(Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())).toBe(false);
    }), { numRuns: RUNS });
  });
});

describe('hand-written parsers of untrusted text', () => {
  const trust = parseProxyTrust({ TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXY_CIDRS: 'loopback,10.0.0.0/8' });
  const ipish = fc.oneof(nastyString, fc.ipV4(), fc.ipV6(), fc.ipV4Extended(), fc.constantFrom('::ffff:127.0.0.1', '[::1]:443', '1.2.3.4:80', 'fe80::1%eth0'));

  it('client IP: any X-Forwarded-For and peer give a valid address or null', () => {
    fc.assert(fc.property(fc.option(ipish), fc.option(fc.array(ipish, { maxLength: 6 }).map((parts) => parts.join(', '))), (peer, forwardedFor) => {
      for (const t of [trust, parseProxyTrust({})]) {
        const ip = resolveClientIp({ peer, forwardedFor, trust: t });
        if (ip !== null) expect(rateLimitSubjectForIp(ip)).not.toBe('unknown');
      }
    }), { numRuns: RUNS * 5 });
  });

  it('signed_request: garbage and mutations of a real one are refused, never thrown at', () => {
    const secret = 'test_app_secret_0123456789abcdef';
    fc.assert(fc.property(fc.oneof(nastyString, fc.tuple(fc.base64String(), fc.base64String()).map(([a, b]) => `${a}.${b}`.replace(/\+/g, '-').replace(/\//g, '_'))), (value) => {
      expect(parseSignedRequest(value, secret)).toBeNull();
    }), { numRuns: RUNS * 5 });
  });

  it('connect errors: only our own words, whatever the query says', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('error', 'type', 'until', 'metaCode', 'x'), fc.oneof(nastyString, fc.constantFrom('already_connected', 'connected_elsewhere', 'meta_refused', 'failed'))), (query) => {
      const message = connectErrorMessage(query);
      if (message === null) return;
      // (Short values can occur in our own words by chance; a 12+ character one cannot.)
      for (const [key, value] of Object.entries(query)) if (key !== 'error' && value.trim().length >= 12 && !/^(\d{4}-\d{2}-\d{2}|\d{1,9})$/.test(value)) expect(message).not.toContain(value.trim());
    }), { numRuns: RUNS * 5 });
  });

  it('media types: any Content-Type is one of ours or refused (found: "__proto__" matched Object.prototype)', () => {
    fc.assert(fc.property(fc.oneof(nastyString, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'image/png; x=1')), (type) => {
      const rule = mediaRule(type);
      if (rule) expect(['image', 'video', 'audio', 'document']).toContain(rule.kind);
    }), { numRuns: RUNS * 5 });
  });

  it('SSE ids and conversation cursors: anything decodes to a value or nothing', () => {
    fc.assert(fc.property(nastyString, (value) => {
      const id = parseLastEventId(value);
      if (id !== null) expect(Number.isSafeInteger(id)).toBe(true);
      const cursor = decodeConversationCursor(value);
      if (cursor) expect(Number.isNaN(cursor.lastMessageAt.getTime())).toBe(false);
    }), { numRuns: RUNS * 5 });
  });
});
