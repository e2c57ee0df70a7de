// Property-based fuzzing (fast-check) of the Meta webhook intake with a real database:
//  - signed random and mutated bodies (Meta's fixtures with values replaced, keys renamed or
//    dropped, NUL and half emojis slipped in, entries repeated past 500, bytes flipped or made
//    invalid UTF-8, nesting up to 120,000 levels) are always answered 200, stored byte for byte,
//    every routed unit gets exactly one job, and the worker settles every unit without throwing;
//  - unsigned and mis-signed bodies are always 401 and leave no row.
// Bounded by FUZZ_RUNS (signed) so CI stays well under a minute.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.META_WEBHOOK_MAX_BYTES = String(4 * 1024 * 1024);
});

import { POST } from '../support/meta-webhook-route';
import { db } from '@/lib/db';
import { logger } from '@/lib/logger';
import { processWebhookEvent } from '@/lib/meta/webhooks/process-webhook-event';
import { createFixtureChannels, fixtureBytes, sign, webhookRequest } from '../support/meta-webhooks';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const quiet = logger.child({}, { level: 'silent' });

const FIXTURES = ['ig-dm-text.json', 'ig-dm-image.json', 'ig-comment.json', 'ig-batch-2-entries.json', 'messenger-text.json', 'wa-text.json', 'wa-image.json', 'wa-batch-3-messages.json', 'wa-status-failed.json'];
const fixtures = FIXTURES.map((name) => JSON.parse(fixtureBytes(name).toString('utf8')) as unknown);

// ── values ──────────────────────────────────────────────────────────────────────────────────
/** Text with what breaks naive code: NUL, half emojis, bidi overrides, quotes, escapes. */
const poisonText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('\u0000', '\ud83d', '\udc00', '\ud83d\ude00', '\u202e', '\ufeff', '"', '\\', '\\u0000', '__proto__', '')), { maxLength: 6 })
  .map((parts) => parts.join(''));

const nested = (levels: number) => {
  let value: unknown = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

const poisonValue: fc.Arbitrary<unknown> = fc.oneof(
  poisonText,
  fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -0, 2 ** 53 + 1)),
  fc.constantFrom(null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(poisonText, poisonText, { maxKeys: 3 }),
  fc.integer({ min: 60, max: 2_000 }).map(nested),
);

// ── mutations of a valid payload ────────────────────────────────────────────────────────────
type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'rename'; at: number; key: string }
  | { kind: 'drop'; at: number }
  | { kind: 'repeat-entries'; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: poisonValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), key: poisonText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat-entries' as const), times: fc.oneof(fc.integer({ min: 2, max: 20 }), fc.constant(600)) }) },
);

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every (container, key) pair in the value, found without recursion. */
function slots(root: unknown): Slot[] {
  const found: Slot[] = [];
  const stack = [root];
  while (stack.length) {
    const current = stack.pop();
    if (!current || typeof current !== 'object') continue;
    for (const [key, child] of Object.entries(current)) {
      found.push({ parent: current as Record<string, unknown>, key: Array.isArray(current) ? Number(key) : key });
      stack.push(child);
    }
  }
  return found;
}

function mutate(payload: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(payload) as { entry?: unknown[] };
  for (const m of mutations) {
    if (m.kind === 'repeat-entries') {
      // Shared references, not clones: an earlier mutation may have put thousands of nested
      // levels in an entry, past structuredClone's stack (JSON.stringify still writes them out).
      if (Array.isArray(copy.entry)) copy.entry = Array.from({ length: m.times }, (_, i) => copy.entry![i % copy.entry!.length]);
      continue;
    }
    const all = slots(copy);
    if (!all.length) continue;
    const { parent, key } = all[m.at % all.length]!;
    const container = parent as Record<string | number, unknown>;
    if (m.kind === 'replace') container[key] = m.value;
    else if (m.kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete container[key];
    } else if (!Array.isArray(parent)) {
      container[m.key] = container[key];
      delete container[key];
    }
  }
  return copy;
}

// ── bodies ──────────────────────────────────────────────────────────────────────────────────
type ByteEdit = { at: number; op: 'flip' | 'insert' | 'delete'; bytes: number[] };
const byteEdit: fc.Arbitrary<ByteEdit> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('flip', 'insert', 'delete'),
  bytes: fc.oneof(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 3 }), fc.constantFrom<number[]>([0x00], [0xff], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80])),
});

function editBytes(body: Buffer, edits: ByteEdit[]): Buffer {
  const bytes = [...body];
  for (const edit of edits) {
    const at = edit.at % (bytes.length + 1);
    if (edit.op === 'insert') bytes.splice(at, 0, ...edit.bytes);
    else if (edit.op === 'delete') bytes.splice(at, edit.bytes.length);
    else if (bytes.length) bytes[at % bytes.length] = edit.bytes[0]!;
  }
  return Buffer.from(bytes);
}

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** A body as bytes: mutated fixtures (mostly), random JSON, byte-edited fixtures, very deep JSON. */
const body: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([fixture, ms]) => Buffer.from(JSON.stringify(mutate(fixture, ms)))) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? 'null')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...fixtures), fc.array(byteEdit, { minLength: 1, maxLength: 4 })).map(([fixture, edits]) => editBytes(Buffer.from(JSON.stringify(fixture)), edits)) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...fixtures), fc.integer({ min: 1_000, max: 120_000 }), fc.constantFrom('body', 'entry', 'object')).map(([fixture, levels, where]) => {
      if (where === 'body') return Buffer.from(deep(levels));
      if (where === 'object') return Buffer.from(`{"object":${deep(levels)},"entry":[]}`);
      const text = JSON.stringify(fixture);
      return Buffer.from(text.replace('"entry":[{', `"entry":[{"deep":${deep(levels)},`));
    }),
  },
);

/** A header that must not pass: missing, malformed, for other bytes or another secret, or with junk after it. */
const badSignature = (bytes: Buffer): fc.Arbitrary<string | null> =>
  fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 80 }),
    fc.stringMatching(/^sha256=[0-9a-f]{64}$/),
    fc.constant(sign(Buffer.concat([bytes, Buffer.from(' ')]))),
    fc.constant(`sha256=${createHmac('sha256', 'another_secret_0123456789abcdef').update(bytes).digest('hex')}`),
    // Whitespace alone is not junk: HTTP strips it from header values before anyone sees it.
    fc.string({ minLength: 1, maxLength: 8 }).filter((junk) => junk.trim() !== '').map((junk) => `${sign(bytes)}${junk}`),
    fc.nat(63).map((i) => {
      const good = sign(bytes);
      const at = 'sha256='.length + i;
      return good.slice(0, at) + (good[at] === '0' ? '1' : '0') + good.slice(at + 1);
    }),
  );

const counts = async () => ({ deliveries: await db.webhookDelivery.count(), events: await db.webhookEvent.count(), jobs: Number((await db.$queryRaw<{ n: bigint }[]>`select count(*) as n from pgboss.job`)[0]!.n) });

beforeAll(async () => {
  await createFixtureChannels();
});

describe('webhook intake fuzzing', () => {
  it('signed random and mutated bodies: always 200, stored byte for byte, one job per routed unit', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(body, async (bytes) => {
        const response = await POST(webhookRequest(bytes, sign(bytes)));
        expect(response.status).toBe(200);
        const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { rawBody: true, status: true, id: true } });
        expect(Buffer.from(delivery.rawBody).equals(bytes)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    const [row] = await db.$queryRaw<{ wrong: bigint }[]>`
      select count(*) as wrong from "WebhookEvent" e
      where (e."channelId" is not null and e.status = 'queued')
        <> ((select count(*) from pgboss.job j where j.name = 'process-webhook-event' and j.data->>'eventId' = e.id::text) = 1)`;
    expect(row!.wrong).toBe(0n);
  });

  it('the worker settles every fuzzed unit without throwing (processed, skipped, dead or unroutable)', { timeout: 120_000 }, async () => {
    const queued = await db.webhookEvent.findMany({ where: { status: 'queued' }, select: { id: true }, take: 400 });
    expect(queued.length).toBeGreaterThan(10);
    for (const { id } of queued) {
      await expect(processWebhookEvent({ eventId: id, attempt: 1, maxAttempts: 6, log: quiet })).resolves.toMatch(/^(processed|skipped|dead|unroutable)$/);
    }
  });

  it('unsigned and mis-signed bodies: always 401 and no row', { timeout: 60_000 }, async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(
        body.chain((bytes) => fc.tuple(fc.constant(bytes), badSignature(bytes))),
        async ([bytes, header]) => {
          const response = await POST(webhookRequest(bytes, header));
          expect(response.status).toBe(401);
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    expect(await counts()).toEqual(before);
  });
});
