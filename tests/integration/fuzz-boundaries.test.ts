// Property-based fuzzing (fast-check) of the app's request boundaries with a real database: every
// server action in app/ and the JSON/upload/stream route handlers, signed in as a workspace owner,
// get valid inputs mutated into hostile ones (NUL bytes, half emojis, bidi controls, 20 KB
// strings, JSON fragments, repeated fields, unknown fields, missing fields). Each must answer
// with a result or a clear 4xx — never a crash, never "Something went wrong", never a logged error.
// Dev-tools actions and routes (app/dev, app/api/dev: 404 in production) and the Meta webhook
// (its own fuzzing lives with the intake) are out of scope.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { hashPassword } from '@/lib/auth/hash-password';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { db } from '@/lib/db';
import { logger } from '@/lib/logger';
import { stopInboxListener } from '@/lib/realtime/inbox-listener';
import { addMember, createWorkspaceWithOwner } from '../factories';
import { mockRequest } from '../support/mock-request';
import { actionsOf, callAction, findFiles, learnActionFields } from '../support/server-actions';
import { signInAs } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const GENERIC = 'Something went wrong on our side. Please try again.';
const PASSWORD = 'a calm green kettle 42';

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('\u0000', 'x\u0000y', '\u202Eevil.exe', '', ' ', '-1', '0', '1e309', 'NaN', 'true', 'null', '__proto__', '9'.repeat(40)),
  fc.constantFrom('{"a":', '[]', '{}', '[{"role":"customer","text":"\\u0000"}]', '{"__proto__":{"admin":true}}', '2026-13-45', '00000000-0000-0000-0000-000000000000', 'javascript:alert(1)', '<script>alert(1)</script>'),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);

/** Characters that break naive code when slipped into otherwise valid text. */
const poison = fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u202E', '\uFEFF', '"', "'", '\\', '%00', '\n\r');

/**
 * A valid form for the action with one field mutated the way attackers and broken clients do:
 * a poison character slipped into the value, the value replaced, the field dropped or repeated —
 * plus, sometimes, unknown fields and a second mutation.
 */
function mutated(valid: Record<string, string>) {
  const keys = Object.keys(valid);
  if (keys.length === 0) return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), nasty, { maxKeys: 3 }) as fc.Arbitrary<Record<string, string | string[]>>;
  const mutation = fc.record({
    key: fc.constantFrom(...keys),
    how: fc.constantFrom('inject', 'inject', 'replace', 'drop', 'repeat'),
    poison,
    at: fc.nat(),
    value: nasty,
  });
  const extraFields = fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), nasty, { minKeys: 1, maxKeys: 2 }), { freq: 4 });
  return fc.record({ mutations: fc.array(mutation, { minLength: 1, maxLength: 2 }), extra: extraFields }).map(({ mutations, extra }) => {
    const fields: Record<string, string | string[]> = { ...valid };
    for (const { key, how, poison: bad, at, value } of mutations) {
      const current = String(valid[key] ?? '');
      if (how === 'inject') fields[key] = current.slice(0, at % (current.length + 1)) + bad + current.slice(at % (current.length + 1));
      else if (how === 'replace') fields[key] = value;
      else if (how === 'drop') delete fields[key];
      else fields[key] = [current, value];
    }
    return extra ? { ...extra, ...fields } : fields;
  });
}

type World = Awaited<ReturnType<typeof createWorld>>;

/** A workspace with one of everything, so valid inputs reach the domain code. */
async function createWorld() {
  const { workspace, owner } = await createWorkspaceWithOwner({ name: 'Fuzz shop' });
  await db.user.update({ where: { id: owner.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  const agent = await addMember(workspace.id, 'agent');
  const channel = await db.channel.create({ data: { workspaceId: workspace.id, type: 'messenger', externalId: `fz${randomBytes(6).toString('hex')}`, pageId: '1', name: 'Fuzz Page' } });
  const contact = await db.contact.create({ data: { workspaceId: workspace.id, channelId: channel.id, externalId: `c${randomBytes(6).toString('hex')}`, name: 'Fuzz Customer' } });
  const conversation = await db.conversation.create({ data: { workspaceId: workspace.id, channelId: channel.id, contactId: contact.id, kind: 'direct', lastInboundAt: new Date(), openKey: `direct:${contact.id}` } });
  const message = await db.message.create({ data: { workspaceId: workspace.id, channelId: channel.id, conversationId: conversation.id, direction: 'outbound', sender: 'operator', kind: 'text', status: 'failed', text: 'hi', errorMessage: 'x', sentAt: new Date() } });
  const draft = await db.replyDraft.create({ data: { workspaceId: workspace.id, conversationId: conversation.id, text: 'draft' } });
  const canned = await db.cannedResponse.create({ data: { workspaceId: workspace.id, shortcut: 'hours', body: 'We open at 9.' } });
  const label = await db.label.create({ data: { workspaceId: workspace.id, name: 'VIP', color: '#dc2626' } });
  const note = await db.conversationNote.create({ data: { workspaceId: workspace.id, conversationId: conversation.id, authorId: owner.id, body: 'note', mentionedIds: [] } });
  const invite = await db.invite.create({ data: { workspaceId: workspace.id, email: `pending-${randomBytes(4).toString('hex')}@example.test`, role: 'agent', tokenHash: randomBytes(32).toString('hex'), expiresAt: new Date(Date.now() + 86_400_000) } });
  const delivery = await db.webhookDelivery.create({ data: { rawBody: Buffer.from('{}'), object: 'page', status: 'accepted' } });
  const event = await db.webhookEvent.create({ data: { deliveryId: delivery.id, unitIndex: 0, object: 'page', workspaceId: workspace.id, payload: {}, status: 'dead', lastError: 'x' } });
  const file = await db.knowledgeFile.create({ data: { workspaceId: workspace.id, name: 'a.md', mimeType: 'text/markdown', sizeBytes: 3, sha256: randomBytes(32).toString('hex'), content: Buffer.from('# a'), status: 'failed', error: 'x' } });
  const session = await db.session.create({ data: { userId: owner.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  return { workspace, owner, agent, channel, conversation, message, draft, canned, label, note, invite, event, file, session };
}

/** Valid values under every field name an action takes (the probe's list, with this workspace's own ids). */
function validFields(w: World): Record<string, string> {
  return {
    inviteId: w.invite.id, eventId: w.event.id, userId: w.agent.id, toUserId: w.agent.id, sessionId: w.session.id, role: 'admin',
    name: 'Fuzzed name', workspaceName: 'Fuzzed', email: `someone-${randomBytes(3).toString('hex')}@example.test`, newEmail: `new-${randomBytes(3).toString('hex')}@example.test`,
    token: randomBytes(32).toString('base64url'), password: 'another calm kettle 43', confirmPassword: 'another calm kettle 43', currentPassword: PASSWORD, acceptTerms: 'on', next: '/inbox',
    channelId: w.channel.id, pageId: '1', deleteNow: '', conversationId: w.conversation.id, messageId: w.message.id,
    labelId: w.label.id, noteId: w.note.id, color: '#2563eb', applied: 'true', mentionedIds: w.agent.id, state: 'viewing', notifyNewConversations: 'on', notifyMentions: 'on',
    clientId: crypto.randomUUID(), shortcut: 'fuzz', body: 'Fuzz body', text: 'Fuzz text', cannedResponseId: w.canned.id, draftId: w.draft.id,
    ids: w.conversation.id, assigneeId: w.agent.id, status: 'pending', action: 'mark_read', snoozedUntil: new Date(Date.now() + 86_400_000).toISOString(),
    settings: JSON.stringify(defaultAgentSettings()), expectedVersion: '0', version: '1', note: 'fuzz',
    turns: JSON.stringify([{ role: 'customer', text: 'Do you sell shirts?' }]), settingsSource: 'saved', draftSettings: '',
    provider: 'offline', model: '', apiKey: '', removeKey: '', fileId: w.file.id, capDollars: '25', handling: 'ai_draft', autoHandBackMinutes: '30',
  };
}

let world: World;
let errors: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(async () => {
  world = await createWorld();
  errors = vi.spyOn(logger, 'error');
});
afterEach(() => {
  // Nothing the fuzzer sent may have been an unexpected failure on our side.
  expect(errors.mock.calls.map((call: unknown[]) => JSON.stringify(call).slice(0, 300))).toEqual([]);
  errors.mockRestore();
});
afterAll(async () => {
  await stopInboxListener();
});

const signIn = () => signInAs(world.owner.id, world.workspace.id);
const actionFiles = findFiles('app', 'actions.ts').filter((file) => !file.startsWith('app/dev/'));

describe('fuzzing server actions', () => {
  it('finds them', () => {
    expect(actionFiles.length).toBeGreaterThan(10);
  });

  for (const file of actionFiles) {
    it(`${file}: mutated input gets a result or a clear error, never a crash`, async () => {
      for (const [name, action] of await actionsOf(file)) {
        const { fields } = await learnActionFields(action, validFields(world), signIn);
        await fc.assert(
          fc.asyncProperty(mutated(fields), async (input) => {
            await signIn();
            const outcome = await callAction(action, input);
            if (outcome.kind === 'result' && !outcome.value.ok) expect(outcome.value.error, `${name}(${JSON.stringify(input).slice(0, 200)})`).not.toBe(GENERIC);
          }),
          { numRuns: RUNS },
        );
      }
    }, 120_000);
  }
});

describe('fuzzing route handlers', () => {
  const status = (response: Response) => response.status;
  /** What an HTTP header can carry at all (Node's parser hands the app latin1 text). */
  const headerText = (value: string) => value.replace(/[^\x20-\x7e]/g, '').slice(0, 200);
  const sameOrigin = () => new Headers(mockRequest.headers);

  it('POST /api/inbox/presence: any JSON body is a 2xx or 4xx', async () => {
    const { POST } = await import('@/app/api/inbox/presence/route');
    const body = fc.oneof(nasty, fc.jsonValue().map((v) => JSON.stringify(v)), mutated({ conversationId: world.conversation.id, state: 'typing' }).map((v) => JSON.stringify(v)));
    await fc.assert(fc.asyncProperty(body, async (text) => {
      await signIn();
      expect(status(await POST(new Request('http://localhost:3000/api/inbox/presence', { method: 'POST', body: text, headers: sameOrigin() })))).toBeLessThan(500);
    }), { numRuns: RUNS * 4 });
  });

  it('POST /api/consent: any JSON body is a 2xx or 4xx', async () => {
    const { POST } = await import('@/app/api/consent/route');
    const valid = { consentId: crypto.randomUUID(), action: 'accept_all', analytics: 'true', advertising: 'false', gpc: 'false', policyVersion: COOKIE_POLICY_VERSION };
    const body = fc.oneof(nasty, fc.jsonValue().map((v) => JSON.stringify(v)), mutated(valid).map((v) => JSON.stringify(v)));
    await fc.assert(fc.asyncProperty(body, async (text) => {
      const { NextRequest } = await import('next/server');
      expect(status(await POST(new NextRequest('http://localhost:3000/api/consent', { method: 'POST', body: text, headers: { 'content-type': 'application/json' } })))).toBeLessThan(500);
    }), { numRuns: RUNS * 4 });
  });

  it('POST /api/inbox/uploads and /api/agent/knowledge: any name, type and bytes are a 2xx or 4xx', async () => {
    const uploads = (await import('@/app/api/inbox/uploads/route')).POST;
    const knowledge = (await import('@/app/api/agent/knowledge/route')).POST;
    const input = fc.record({ name: nasty, type: fc.oneof(nasty, fc.constantFrom('text/plain', 'image/png', 'application/pdf', 'multipart/form-data; boundary=x')), bytes: fc.uint8Array({ maxLength: 2048 }) });
    await fc.assert(fc.asyncProperty(input, async ({ name, type, bytes }) => {
      await signIn();
      const headers = sameOrigin();
      headers.set('content-type', headerText(type));
      headers.set('x-file-name', encodeURIComponent(name));
      expect(status(await uploads(new Request('http://localhost:3000/api/inbox/uploads', { method: 'POST', body: bytes, headers })))).toBeLessThan(500);
      const form = new FormData();
      form.set('file', new File([bytes], name || 'x', { type: 'text/plain' }));
      expect(status(await knowledge(new Request('http://localhost:3000/api/agent/knowledge', { method: 'POST', body: form, headers: sameOrigin() })))).toBeLessThan(500);
    }), { numRuns: RUNS * 2 });
  });

  it('GET /api/media/[id] and /api/inbox/stream: any id or Last-Event-ID is a 2xx or 4xx', async () => {
    const media = (await import('@/app/api/media/[id]/route')).GET;
    const stream = (await import('@/app/api/inbox/stream/route')).GET;
    await fc.assert(fc.asyncProperty(nasty, nasty, async (id, lastEventId) => {
      await signIn();
      expect(status(await media(new Request('http://localhost:3000/api/media/x', { headers: { range: headerText(`bytes=${lastEventId.slice(0, 20)}`) } }), { params: Promise.resolve({ id }) }))).toBeLessThan(500);
      const abort = new AbortController();
      const response = await stream(new Request(`http://localhost:3000/api/inbox/stream?lastEventId=${encodeURIComponent(lastEventId.slice(0, 200))}`, { signal: abort.signal }));
      abort.abort();
      await response.body?.cancel().catch(() => {});
      expect(status(response)).toBeLessThan(500);
    }), { numRuns: RUNS * 2 });
  });

  it('POST /api/webhooks/calcom: unsigned random bodies are refused without a row', async () => {
    // Configured, so requests get past "not configured" (503) to the signature check.
    vi.stubEnv('CALCOM_WEBHOOK_SECRET', 'fuzz_calcom_secret_0123456789abcdef');
    vi.resetModules();
    const { POST } = await import('@/app/api/webhooks/calcom/route');
    const { NextRequest } = await import('next/server');
    const before = await db.capiEvent.count();
    await fc.assert(fc.asyncProperty(nasty, fc.option(nasty), async (body, signature) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (signature) headers['x-cal-signature-256'] = headerText(signature);
      expect([401, 413]).toContain(status(await POST(new NextRequest('http://localhost:3000/api/webhooks/calcom', { method: 'POST', body, headers }))));
    }), { numRuns: RUNS * 4 });
    expect(await db.capiEvent.count()).toBe(before);
    vi.unstubAllEnvs();
    vi.resetModules();
  });
});
