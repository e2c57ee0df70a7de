// A new customer's first message: the contact is inserted with the workspace's current agent
// settings version in the same statement, and the conversation starts in the mode those settings
// give its channel — no separate read of the version.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { saveAgentSettings } from '@/lib/agent/agent-settings';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { storeNormalisedEvent } from '@/lib/inbox/store-normalised-event';
import { createChannel } from '../channel-factories';
import { contextFor, createWorkspaceWithOwner } from '../factories';
import { recordQueries } from '../support/record-queries';

describe('storing a new customer’s first message', () => {
  it('starts the conversation in the current settings’ mode without reading the settings version apart', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const ctx = await contextFor(owner.id, workspace.id);
    const channel = await createChannel(workspace.id, 'messenger');
    await saveAgentSettings({ ctx, settings: { ...defaultAgentSettings(), mode: 'auto' }, expectedVersion: 0, note: null });
    const message = { externalId: `m_${Date.now()}`, contactExternalId: `c_${Date.now()}`, direction: 'inbound' as const, sender: 'customer' as const, kind: 'text' as const, text: 'hi', sentAt: new Date() };

    const { result: stored, sent } = await recordQueries(() =>
      storeNormalisedEvent({ workspaceId: workspace.id, channelId: channel.id, event: { messages: [message], statuses: [], deletions: [], skipped: [] } }),
    );
    expect(stored.createdConversationIds).toHaveLength(1);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: stored.createdConversationIds[0] }, select: { handling: true, workspaceId: true, contact: { select: { externalId: true, workspaceId: true } } } });
    expect(conversation).toEqual({ handling: 'ai_auto', workspaceId: workspace.id, contact: { externalId: message.contactExternalId, workspaceId: workspace.id } });
    // The version look-up (highest version first); reading that version's body on a cache miss is fine.
    expect(sent.filter((text) => /AgentSettingsVersion.*order by/is.test(text))).toEqual([]);
  });

  it('a known customer keeps their contact (one row) and conversation; without saved settings the default mode applies', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const channel = await createChannel(workspace.id, 'messenger');
    const message = (n: number) => ({ externalId: `m_${n}_${Date.now()}`, contactExternalId: 'same-person', direction: 'inbound' as const, sender: 'customer' as const, kind: 'text' as const, text: 'hi', sentAt: new Date() });
    const first = await storeNormalisedEvent({ workspaceId: workspace.id, channelId: channel.id, event: { messages: [message(1)], statuses: [], deletions: [], skipped: [] } });
    const second = await storeNormalisedEvent({ workspaceId: workspace.id, channelId: channel.id, event: { messages: [message(2)], statuses: [], deletions: [], skipped: [] } });
    expect(second.createdConversationIds).toEqual([]);
    expect(await db.contact.count({ where: { channelId: channel.id, externalId: 'same-person' } })).toBe(1);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: first.createdConversationIds[0] }, select: { handling: true } });
    expect(conversation.handling).toBe('ai_draft'); // no settings saved here: the default mode
  });
});
