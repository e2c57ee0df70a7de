// AgentConfig end to end against the real database and a fake OpenAI server: defaults, the
// write-only key (encrypted at rest, only its last 4 shown, blank keeps, remove clears, a provider
// switch drops it), the cap fields left alone, audit without secrets, which key the agent uses
// (workspace → platform → offline with the reason), "Test connection" stored, agents refused,
// and workspace B never reading or using workspace A's setup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAgentConfig, saveAgentConfig } from '@/lib/agent/providers/agent-config';
import { resolveAgentProvider } from '@/lib/agent/providers/resolve-agent-provider';
import { testProviderConnection } from '@/lib/agent/providers/test-provider-connection';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';
import { chatCompletion, openAiError, startFakeLlmServer } from '../support/fake-llm-server';

const workspaceKey = 'sk-workspace-key-of-a-7f3e';
const platformKey = 'sk-platform-key-9999';
const openai = await startFakeLlmServer(({ headers }) =>
  headers.authorization === `Bearer ${workspaceKey}` || headers.authorization === `Bearer ${platformKey}`
    ? chatCompletion('ok', { prompt_tokens: 9, completion_tokens: 1 })
    : openAiError(401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'),
);
process.env.OPENAI_BASE_URL = `${openai.origin}/v1`;
process.env.OPENAI_API_KEY = platformKey;
delete process.env.XAI_API_KEY;

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;

beforeAll(async () => {
  let workspaceId: string;
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  agentCtx = await contextFor((await addMember(workspaceId, 'agent')).id, workspaceId);
});
afterAll(() => openai.close());

async function rowText(workspaceId: string): Promise<string> {
  const rows = await db.$queryRaw<unknown[]>`select * from "AgentConfig" where "workspaceId" = ${workspaceId}::uuid`;
  return JSON.stringify(rows);
}

describe('agent provider configuration', () => {
  it('defaults to the offline responder with no key', async () => {
    expect(await getAgentConfig({ ctx })).toEqual({ provider: 'offline', model: null, apiKeyHint: null, lastTest: null, updatedAt: null });
    const resolved = await resolveAgentProvider({ ctx });
    expect(resolved).toMatchObject({ providerId: 'offline', offline: true, keySource: 'none', label: 'Built-in offline responder' });
    expect(resolved.provider.id).toBe('offline');
  });

  it('stores the workspace key encrypted, shows only its last 4 characters, and uses it', async () => {
    await saveAgentConfig({ ctx, input: { provider: 'openai', model: 'gpt-4.1-mini', apiKey: workspaceKey } });
    expect(await getAgentConfig({ ctx })).toMatchObject({ provider: 'openai', model: 'gpt-4.1-mini', apiKeyHint: '7f3e' });
    const raw = await rowText(ctx.workspace.id);
    expect(raw).toContain('7f3e');
    expect(raw).not.toContain(workspaceKey);
    expect(raw).not.toContain('workspace-key');

    const resolved = await resolveAgentProvider({ ctx });
    expect(resolved).toMatchObject({ providerId: 'openai', model: 'gpt-4.1-mini', offline: false, keySource: 'workspace', label: 'OpenAI · gpt-4.1-mini (workspace key)' });
    openai.requests.length = 0;
    await resolved.provider.testConnection({ model: resolved.model });
    expect(openai.requests[0]!.headers.authorization).toBe(`Bearer ${workspaceKey}`);
  });

  it('keeps the key when the field is left blank, and leaves the usage cap alone', async () => {
    await db.agentConfig.update({ where: { workspaceId: ctx.workspace.id }, data: { monthlyCapCents: 2500, capAlertedMonth: '2026-11' } });
    await saveAgentConfig({ ctx, input: { provider: 'openai', model: '', apiKey: '' } });
    expect(await getAgentConfig({ ctx })).toMatchObject({ provider: 'openai', model: null, apiKeyHint: '7f3e' });
    const row = await db.agentConfig.findUniqueOrThrow({ where: { workspaceId: ctx.workspace.id } });
    expect(row).toMatchObject({ monthlyCapCents: 2500, capAlertedMonth: '2026-11', updatedById: ctx.user.id });
    expect((await resolveAgentProvider({ ctx })).model).toBe('gpt-4o-mini');
  });

  it('tests the connection and stores the result; a rejected key gives the auth message', async () => {
    expect(await testProviderConnection({ ctx })).toEqual({ ok: true, message: 'Connected: OpenAI answered with model gpt-4o-mini-2024-07-18 using the workspace key.' });
    expect((await getAgentConfig({ ctx })).lastTest).toMatchObject({ ok: true });

    await saveAgentConfig({ ctx, input: { provider: 'openai', apiKey: 'sk-wrong-key-0000' } });
    expect((await getAgentConfig({ ctx })).lastTest).toBeNull();
    const failed = await testProviderConnection({ ctx });
    expect(failed).toEqual({ ok: false, message: 'OpenAI rejected the API key (401). Check the key on the Provider page.' });
    expect((await getAgentConfig({ ctx })).lastTest).toMatchObject({ ok: false, message: failed.message });
  });

  it('removes the key on request and falls back to the platform key', async () => {
    await saveAgentConfig({ ctx, input: { provider: 'openai', removeKey: 'on' } });
    expect((await getAgentConfig({ ctx })).apiKeyHint).toBeNull();
    expect(await rowText(ctx.workspace.id)).not.toContain('sk-wrong-key');
    const resolved = await resolveAgentProvider({ ctx });
    expect(resolved).toMatchObject({ keySource: 'platform', offline: false, label: 'OpenAI · gpt-4o-mini (platform key)' });
    expect(await testProviderConnection({ ctx })).toMatchObject({ ok: true, message: expect.stringContaining('platform key') });
  });

  it('drops a saved key when switching provider, and goes offline without any key (saying why)', async () => {
    await saveAgentConfig({ ctx, input: { provider: 'openai', apiKey: workspaceKey } });
    expect(await saveAgentConfig({ ctx, input: { provider: 'xai', model: 'grok-3' } })).toEqual({ keyDropped: true });
    expect(await getAgentConfig({ ctx })).toMatchObject({ provider: 'xai', model: 'grok-3', apiKeyHint: null });
    const resolved = await resolveAgentProvider({ ctx });
    expect(resolved).toMatchObject({ offline: true, providerId: 'offline', keySource: 'none', label: 'Built-in offline responder (no xAI key configured)' });
    expect(await testProviderConnection({ ctx })).toEqual({ ok: false, message: 'Not connected: Built-in offline responder (no xAI key configured). Add a workspace key above, or ask the platform operator to set one.' });
  });

  it('goes offline (not to the platform key) when the saved key cannot be decrypted', async () => {
    await db.agentConfig.update({ where: { workspaceId: ctx.workspace.id }, data: { provider: 'openai', apiKeyEnc: 'retired-key.aaaa.bbbb.cccc', apiKeyHint: 'cccc' } });
    expect(await resolveAgentProvider({ ctx })).toMatchObject({ offline: true, label: expect.stringContaining('cannot be read') });
  });

  it('validates the form input', async () => {
    const error = await saveAgentConfig({ ctx, input: { provider: 'openai', model: 'gpt 4o; drop', apiKey: 'short', removeKey: 'on' } }).then(() => null, (e: unknown) => e);
    expect(isAppError(error) && error.details?.fieldErrors).toMatchObject({ model: [expect.stringContaining('Model ids use')], apiKey: expect.arrayContaining(['That key is too short.', 'Enter a new key or remove the saved one, not both.']) });
    const offlineKey = await saveAgentConfig({ ctx, input: { provider: 'offline', apiKey: 'sk-some-valid-key' } }).then(() => null, (e: unknown) => e);
    expect(isAppError(offlineKey) && offlineKey.details?.fieldErrors).toMatchObject({ apiKey: ['The built-in offline responder needs no key.'] });
  });

  it('audits saves and tests without the key', async () => {
    const entries = await db.auditLog.findMany({ where: { workspaceId: ctx.workspace.id, action: { in: ['agent.provider_saved', 'agent.provider_tested'] } }, select: { action: true, metadata: true } });
    expect(entries.filter((e) => e.action === 'agent.provider_saved').length).toBeGreaterThanOrEqual(5);
    expect(entries.filter((e) => e.action === 'agent.provider_tested').length).toBeGreaterThanOrEqual(4);
    expect(entries.map((e) => e.metadata)).toContainEqual({ provider: 'openai', model: null, key: 'removed' });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(workspaceKey);
    expect(text).not.toContain('sk-wrong-key');
  });

  it('refuses agents', async () => {
    for (const attempt of [saveAgentConfig({ ctx: agentCtx, input: { provider: 'offline' } }), testProviderConnection({ ctx: agentCtx })]) {
      const error = await attempt.then(() => null, (e: unknown) => e);
      expect(isAppError(error) && error.code).toBe('forbidden');
    }
  });

  it("keeps workspaces apart: B neither sees nor uses A's provider, key or test result", async () => {
    await saveAgentConfig({ ctx, input: { provider: 'openai', apiKey: workspaceKey } });
    expect(await getAgentConfig({ ctx: otherCtx })).toEqual({ provider: 'offline', model: null, apiKeyHint: null, lastTest: null, updatedAt: null });
    expect(await resolveAgentProvider({ ctx: otherCtx })).toMatchObject({ offline: true, keySource: 'none' });
    await saveAgentConfig({ ctx: otherCtx, input: { provider: 'openai' } });
    expect(await resolveAgentProvider({ ctx: otherCtx })).toMatchObject({ keySource: 'platform' });
    expect(await getAgentConfig({ ctx })).toMatchObject({ apiKeyHint: '7f3e' });
    expect(await db.agentConfig.count()).toBe(2);
  });
});
