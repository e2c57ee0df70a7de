// The /agent/provider server actions end to end (session cookie → requireWorkspace → lib →
// ActionResult): save with a key (never echoed back), field errors, "Test connection" against a
// fake OpenAI that rejects the key, and agents refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAgentProviderAction, testAgentProviderAction } from '@/app/(app)/agent/provider/actions';
import { db } from '@/lib/db';
import { addMember, createWorkspaceWithOwner } from '../factories';
import { openAiError, startFakeLlmServer } from '../support/fake-llm-server';
import { signInAs as signInMember, form } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

const openai = await startFakeLlmServer(() => openAiError(401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
process.env.OPENAI_BASE_URL = `${openai.origin}/v1`;
delete process.env.OPENAI_API_KEY;

const badKey = 'sk-not-a-real-key-zq81';
let workspaceId: string;
let ownerId: string;
let agentId: string;

beforeAll(async () => {
  const { workspace, owner } = await createWorkspaceWithOwner();
  workspaceId = workspace.id;
  ownerId = owner.id;
  agentId = (await addMember(workspaceId, 'agent')).id;
});
afterAll(() => openai.close());

const signInAs = (userId: string) => signInMember(userId, workspaceId);

const prev = { ok: false as const, error: '' };

beforeEach(() => signInAs(ownerId));

describe('agent provider actions', () => {
  it('tests the offline default successfully', async () => {
    expect(await testAgentProviderAction(prev, form({}))).toMatchObject({ ok: true, message: expect.stringContaining('offline responder is active') });
  });

  it('returns field errors without echoing the key', async () => {
    const result = await saveAgentProviderAction(prev, form({ provider: 'openai', model: 'bad model!', apiKey: badKey }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { model: [expect.stringContaining('Model ids')] } });
    expect(JSON.stringify(result)).not.toContain(badKey);
    expect(!result.ok && result.values).toMatchObject({ provider: 'openai', model: 'bad model!' });
  });

  it('saves OpenAI with a key, then Test connection reports the rejection and stores it', async () => {
    const saved = await saveAgentProviderAction(prev, form({ provider: 'openai', model: '', apiKey: badKey }));
    expect(saved).toEqual({ ok: true, message: 'Saved: the agent uses OpenAI.' });
    expect(JSON.stringify(saved)).not.toContain(badKey);

    const tested = await testAgentProviderAction(prev, form({}));
    expect(tested).toMatchObject({ ok: false, error: 'OpenAI rejected the API key (401). Check the key on the Provider page.' });
    expect(openai.requests.at(-1)!.headers.authorization).toBe(`Bearer ${badKey}`);
    expect(await db.agentConfig.findUniqueOrThrow({ where: { workspaceId } })).toMatchObject({ lastTestOk: false, apiKeyHint: 'zq81' });
  });

  it('switching back to offline removes the key', async () => {
    expect(await saveAgentProviderAction(prev, form({ provider: 'offline' }))).toMatchObject({ ok: true, message: expect.stringContaining('Saved: the agent uses the built-in offline responder.') });
    expect(await db.agentConfig.findUniqueOrThrow({ where: { workspaceId } })).toMatchObject({ provider: 'offline', apiKeyEnc: null, apiKeyHint: null });
  });

  it('refuses agents', async () => {
    await signInAs(agentId);
    expect(await saveAgentProviderAction(prev, form({ provider: 'openai', apiKey: badKey }))).toMatchObject({ ok: false, error: 'Your role does not allow this.' });
    expect(await testAgentProviderAction(prev, form({}))).toMatchObject({ ok: false, error: 'Your role does not allow this.' });
    expect(await db.agentConfig.findUniqueOrThrow({ where: { workspaceId } })).toMatchObject({ provider: 'offline' });
  });
});
