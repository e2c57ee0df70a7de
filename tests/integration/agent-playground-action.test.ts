// The playground server action end to end (session → requireWorkspace → composeReply with the
// workspace's provider, knowledge and settings): saved vs unsaved settings, invalid drafts as
// field errors by path, agents refused, workspace B's channel and knowledge out of reach, the
// counters from the playground's own turns, and nothing stored or sent.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { askPlaygroundAction } from '@/app/(app)/agent/playground/actions';
import { saveAgentSettings } from '@/lib/agent/agent-settings';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { toFormState } from '@/lib/agent/agent-settings-form-state';
import { db } from '@/lib/db';
import { createChannel } from '../channel-factories';
import { addMember, contextFor, createWorkspaceWithOwner } from '../factories';
import { signInAs as signInMember } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

let A: { workspaceId: string; ownerId: string; agentId: string; instagramId: string; messengerId: string };
let B: { workspaceId: string; channelId: string };

beforeAll(async () => {
  const a = await createWorkspaceWithOwner({ name: 'Candle shop' });
  const agent = await addMember(a.workspace.id, 'agent');
  const instagram = await createChannel(a.workspace.id, 'instagram');
  const messenger = await createChannel(a.workspace.id, 'messenger');
  A = { workspaceId: a.workspace.id, ownerId: a.owner.id, agentId: agent.id, instagramId: instagram.id, messengerId: messenger.id };
  const b = await createWorkspaceWithOwner({ name: 'Other shop' });
  const bChannel = await createChannel(b.workspace.id, 'instagram');
  B = { workspaceId: b.workspace.id, channelId: bChannel.id };

  // Saved settings of A: one product.
  await saveAgentSettings({
    ctx: await contextFor(a.owner.id, a.workspace.id),
    settings: { ...toFormState(defaultAgentSettings()), products: [{ name: 'Soy candle', description: 'Hand-poured soy wax, 40 hours.', price: '19.90', currency: 'EUR', url: '', imageUrl: '' }] },
    expectedVersion: 0,
  });
  // B's knowledge: A's playground must never see it.
  const file = await db.knowledgeFile.create({
    data: { workspaceId: b.workspace.id, name: 'b-warranty.md', mimeType: 'text/markdown', sizeBytes: 10, sha256: 'b-warranty', content: Buffer.from('x'), status: 'ready', chunkCount: 1 },
  });
  await db.knowledgeChunk.create({ data: { workspaceId: b.workspace.id, fileId: file.id, ordinal: 0, heading: 'Zebra warranty', text: 'The zebra lamp warranty lasts seven years in workspace B.' } });
});

const signInAs = (userId: string) => signInMember(userId, A.workspaceId);

const prev = { ok: false as const, error: '' };
type Turn = { role: 'customer' | 'business'; text: string; at?: string; unresolved?: boolean };

function ask(turns: Turn[] | string, options: { settingsSource?: 'saved' | 'draft'; draftSettings?: unknown; channelId?: string; commentThread?: boolean } = {}) {
  const form = new FormData();
  form.set('turns', JSON.stringify(typeof turns === 'string' ? [{ role: 'customer', text: turns }] : turns));
  form.set('settingsSource', options.settingsSource ?? 'saved');
  if (options.draftSettings !== undefined) form.set('draftSettings', JSON.stringify(options.draftSettings));
  if (options.channelId) form.set('channelId', options.channelId);
  form.set('commentThread', String(options.commentThread ?? false));
  return askPlaygroundAction(prev, form);
}

const draft = (overrides: Record<string, unknown>) => ({ ...toFormState(defaultAgentSettings()), ...overrides });

beforeEach(() => signInAs(A.ownerId));

describe('playground action', () => {
  it('answers with the saved settings: the price quoted, the product as a source, the offline provider named', async () => {
    const result = await ask('How much is the soy candle?');
    expect(result.ok).toBe(true);
    const answer = result.ok ? result.data! : null;
    expect(answer).toMatchObject({ settingsSource: 'saved', savedVersion: 1, channel: null, conversationKind: 'direct' });
    expect(answer!.result.action).toBe('reply');
    expect(answer!.result.action === 'reply' && answer!.result.text).toMatch(/19[.,]90/);
    expect(answer!.result.sources.map((s) => [s.type, s.title])).toContainEqual(['product', 'Soy candle']);
    expect(answer!.providerLabel).toMatch(/offline/i);
    expect(answer!.result.prompt?.system).toContain('Soy candle');
  });

  it('answers with unsaved changes instead, without saving them', async () => {
    const result = await ask('How much is the beeswax candle?', {
      settingsSource: 'draft',
      draftSettings: draft({ products: [{ name: 'Beeswax candle', description: 'Pure beeswax.', price: '24.50', currency: 'EUR', url: '', imageUrl: '' }] }),
    });
    expect(result.ok && result.data!.result.action === 'reply' && result.data!.result.text).toMatch(/24[.,]50/);
    expect(result.ok && result.data!.result.sources.map((s) => s.title)).not.toContain('Soy candle');
    expect(result.ok && result.data!.savedVersion).toBeNull();
    expect(await db.agentSettingsVersion.count({ where: { workspaceId: A.workspaceId } })).toBe(1);
  });

  it('returns an invalid draft as field errors by settings path, and says when there is none', async () => {
    const invalid = await ask('Hello?', { settingsSource: 'draft', draftSettings: draft({ name: '', products: [{ name: 'Candle', description: '', price: '19.999', currency: 'EUR', url: '', imageUrl: '' }] }) });
    expect(invalid).toMatchObject({ ok: false, error: 'The unsaved settings have errors. Fix them in Settings, or use the saved settings.' });
    expect(!invalid.ok && Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(['draftSettings.name', 'draftSettings.products.0.price']);

    expect(await ask('Hello?', { settingsSource: 'draft' })).toMatchObject({ ok: false, fieldErrors: { draftSettings: ['No unsaved changes found.'] } });
    const broken = new FormData();
    broken.set('turns', '[]');
    broken.set('settingsSource', 'saved');
    expect(await askPlaygroundAction(prev, broken)).toMatchObject({ ok: false, fieldErrors: { turns: ['Write a message.'] } });
  });

  it('says it is an AI when asked, and shows the handoff rule when the customer wants a person', async () => {
    const bot = await ask('Are you a bot?');
    expect(bot.ok && bot.data!.result.action === 'reply' && bot.data!.result.text).toMatch(/\bAI\b|assistant/i);

    const human = await ask('I want to talk to a human please');
    expect(human.ok && human.data!.result).toMatchObject({ action: 'handoff', rule: 'asked_for_human' });
  });

  it('counts the playground turns for the hourly reply limit', async () => {
    const at = new Date().toISOString();
    const turns: Turn[] = [
      { role: 'customer', text: 'How much is the soy candle?', at },
      { role: 'business', text: 'It is 19.90 EUR.', at },
      { role: 'customer', text: 'And how long does it burn?', at },
    ];
    const limited = await ask(turns, { settingsSource: 'draft', draftSettings: draft({ guardrails: { blockedPhrases: [], maxRepliesPerHour: 1 } }) });
    expect(limited.ok && limited.data!.result).toMatchObject({ action: 'handoff', rule: 'rate_limit' });
  });

  it('uses one of the workspace’s channels; comment threads only on Instagram', async () => {
    const onInstagram = await ask('price?', { channelId: A.instagramId, commentThread: true });
    expect(onInstagram.ok && onInstagram.data!).toMatchObject({ channel: { id: A.instagramId, type: 'instagram' }, conversationKind: 'comment_thread' });

    const onMessenger = await ask('price?', { channelId: A.messengerId, commentThread: true });
    expect(onMessenger).toMatchObject({ ok: false, fieldErrors: { commentThread: ['Pick an Instagram channel to try comment replies.'] } });
  });

  it('refuses workspace B’s channel and never searches B’s knowledge', async () => {
    const result = await ask('How long is the zebra lamp warranty?', { channelId: B.channelId });
    expect(result).toMatchObject({ ok: false, error: 'That channel is not connected to this workspace.' });
    expect(JSON.stringify(result)).not.toContain('seven years');

    const noChannel = await ask('How long is the zebra lamp warranty?');
    expect(noChannel.ok).toBe(true);
    expect(JSON.stringify(noChannel)).not.toContain('seven years');
    expect(noChannel.ok && noChannel.data!.result.sources.filter((s) => s.type === 'knowledge')).toEqual([]);
  });

  it('refuses agents and stores nothing', async () => {
    await signInAs(A.agentId);
    expect(await ask('How much is the soy candle?')).toMatchObject({ ok: false, error: 'Your role does not allow this.' });
    expect(await db.agentRun.count({ where: { workspaceId: A.workspaceId } })).toBe(0);
    expect(await db.message.count({ where: { workspaceId: A.workspaceId } })).toBe(0);
    expect(await db.conversation.count({ where: { workspaceId: A.workspaceId } })).toBe(0);
  });
});
