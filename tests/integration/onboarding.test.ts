// The getting-started checklist of a new workspace (issue 14): steps tick themselves off from the
// workspace's own data — never another workspace's — and the list goes away when done or hidden.
import { describe, expect, it } from 'vitest';
import { saveAgentSettings } from '@/lib/agent/agent-settings';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { db } from '@/lib/db';
import { dismissOnboarding } from '@/lib/onboarding/dismiss-onboarding';
import { getOnboardingChecklist } from '@/lib/onboarding/get-onboarding-checklist';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { addMember, contextFor, createWorkspaceWithOwner } from '../factories';

const doneIds = (checklist: Awaited<ReturnType<typeof getOnboardingChecklist>>) => checklist!.steps.filter((s) => s.done).map((s) => s.id);

describe('getting-started checklist', () => {
  it('starts empty, ticks off each step from the workspace data, and disappears when all are done', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const ctx = await contextFor(owner.id, workspace.id);
    // Another workspace that has done everything changes nothing here.
    const other = await createWorkspaceWithOwner();
    const otherChannel = await createChannel(other.workspace.id, 'instagram');
    const foreign = await createConversation(otherChannel);
    await createInboundMessage({ channel: otherChannel, conversationId: foreign.conversation.id });
    await addMember(other.workspace.id, 'agent');

    let checklist = await getOnboardingChecklist({ ctx });
    expect(checklist).toMatchObject({ completed: 0, visible: true });
    expect(checklist!.steps.map((s) => s.id)).toEqual(['channel', 'assistant', 'teammate', 'first_message']);

    const channel = await createChannel(workspace.id, 'messenger');
    await saveAgentSettings({ ctx, settings: defaultAgentSettings(), expectedVersion: 0, note: null });
    await db.invite.create({ data: { workspaceId: workspace.id, email: 'new@example.test', role: 'agent', tokenHash: `h${Math.random()}`, expiresAt: new Date(Date.now() + 86_400_000), invitedById: owner.id } });
    checklist = await getOnboardingChecklist({ ctx });
    expect(doneIds(checklist)).toEqual(['channel', 'assistant', 'teammate']);
    expect(checklist!.visible).toBe(true);

    const { conversation } = await createConversation(channel);
    await createInboundMessage({ channel, conversationId: conversation.id, text: 'Hi from the simulator' });
    expect(await getOnboardingChecklist({ ctx })).toMatchObject({ completed: 4, visible: false });
  });

  it('can be hidden by a member (only for them), and is not shown to the agent role', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const admin = await addMember(workspace.id, 'admin');
    const agent = await addMember(workspace.id, 'agent');
    const ownerCtx = await contextFor(owner.id, workspace.id);
    await dismissOnboarding({ ctx: ownerCtx });
    expect((await getOnboardingChecklist({ ctx: ownerCtx }))!.visible).toBe(false);
    expect((await getOnboardingChecklist({ ctx: await contextFor(admin.id, workspace.id) }))!.visible).toBe(true);
    expect(await getOnboardingChecklist({ ctx: await contextFor(agent.id, workspace.id) })).toBeNull();
  });
});
