// The two reads every agent turn starts from must follow the conversation and the contact, not
// the size of the workspace. The trap they fell into: statistics taken while the tables were
// small (or, in production, a tenant far bigger than the average one) make the planner believe
// "rows of this workspace" is a handful, so it walks a workspace-wide index and filters — every
// outbound message of the workspace on every reply. Here the statistics are taken while the
// workspace is small, then it grows to 400 conversations; each statement's executed plan
// (EXPLAIN ANALYZE) must touch only a few rows.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { firstContactSql, isFirstContact, loadTurnStart, turnStartSql } from '@/lib/agent/runtime/turn-lookups';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { createWorkspaceWithOwner } from '../factories';

type PlanNode = { 'Node Type': string; 'Actual Rows': number; 'Actual Loops': number; 'Rows Removed by Filter'?: number; 'Rows Removed by Index Recheck'?: number; Plans?: PlanNode[] };
const SCANS = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Index Scan', 'Bitmap Heap Scan']);

/** Rows every table or index scan of the executed plan produced or threw away. */
function rowsTouched(node: PlanNode): number {
  const own = SCANS.has(node['Node Type'])
    ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops']
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsTouched(child), 0);
}

async function touched(statement: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(Prisma.sql`explain (analyze, format json) ${statement}`);
  return rowsTouched(row!['QUERY PLAN'][0].Plan);
}

const CONVERSATIONS = 400;
let workspaceId: string;
let target: { contactId: string; conversationId: string; triggerId: string; olderInboundId: string };

beforeAll(async () => {
  const { workspace } = await createWorkspaceWithOwner();
  workspaceId = workspace.id;
  const channel = await createChannel(workspace.id, 'messenger');
  // No statistics, as on a fresh install (and in bench:agent-loop): autovacuum must not
  // analyze the tables halfway through this file.
  for (const table of ['Contact', 'Conversation', 'Message', 'AgentRun']) await db.$executeRawUnsafe(`alter table "${table}" set (autovacuum_enabled = false)`);

  // Then it grows: 400 conversations, each with a customer message, a reply and an AI run.
  const now = Date.now();
  const contacts = Array.from({ length: CONVERSATIONS }, (_, i) => ({ id: randomUUID(), workspaceId, channelId: channel.id, externalId: `grow-${i}`, name: `Customer ${i}` }));
  await db.contact.createMany({ data: contacts });
  const conversations = contacts.map((contact) => ({ id: randomUUID(), workspaceId, channelId: channel.id, contactId: contact.id, kind: 'direct' as const, openKey: randomUUID(), lastInboundAt: new Date(now) }));
  await db.conversation.createMany({ data: conversations });
  const inbound = conversations.map((c, i) => ({ id: randomUUID(), workspaceId, channelId: channel.id, conversationId: c.id, direction: 'inbound' as const, sender: 'customer' as const, status: 'received' as const, kind: 'text' as const, externalId: `in-${i}`, text: 'hi', sentAt: new Date(now - 60_000) }));
  await db.message.createMany({ data: inbound });
  await db.message.createMany({ data: conversations.map((c, i) => ({ workspaceId, channelId: channel.id, conversationId: c.id, direction: 'outbound' as const, sender: 'ai' as const, status: 'sent' as const, kind: 'text' as const, externalId: `out-${i}`, text: 'hello', sentAt: new Date(now - 30_000) })) });
  await db.agentRun.createMany({ data: conversations.map((c, i) => ({ workspaceId, conversationId: c.id, triggerMessageId: inbound[i]!.id, kind: 'reply', mode: 'auto' as const, status: 'sent' as const, provider: 'offline' })) });

  // The customer the turn is about: new, two messages in a burst.
  const fresh = await createConversation(channel);
  const older = await createInboundMessage({ channel, conversationId: fresh.conversation.id, sentAt: new Date(now - 1_000) });
  const trigger = await createInboundMessage({ channel, conversationId: fresh.conversation.id, sentAt: new Date(now) });
  target = { contactId: fresh.contact.id, conversationId: fresh.conversation.id, triggerId: trigger.id, olderInboundId: older.id };
});

describe('agent turn lookups on a workspace that outgrew its statistics', () => {
  it('first contact: touches the contact’s conversation and its messages, not the workspace’s', async () => {
    expect(await isFirstContact(workspaceId, target.contactId, target.triggerId)).toBe(true);
    expect(await touched(firstContactSql(workspaceId, target.contactId, target.triggerId))).toBeLessThanOrEqual(10);
  });

  it('turn start: finds the trigger and the newest inbound message of its conversation only', async () => {
    const start = await loadTurnStart(workspaceId, target.olderInboundId);
    expect(start?.trigger?.id).toBe(target.olderInboundId);
    expect(start?.latestInboundId).toBe(target.triggerId); // the older one is superseded
    expect(await touched(turnStartSql(workspaceId, target.triggerId))).toBeLessThanOrEqual(15);
  });

  it('a contact the business has written to is not a first contact; another workspace never sees the rows', async () => {
    const [grown] = await db.conversation.findMany({ where: { workspaceId, contact: { externalId: 'grow-7' } }, select: { contactId: true } });
    expect(await isFirstContact(workspaceId, grown!.contactId, randomUUID())).toBe(false);
    const { workspace: other } = await createWorkspaceWithOwner();
    expect(await isFirstContact(other.id, grown!.contactId, randomUUID())).toBe(true);
    expect(await loadTurnStart(other.id, target.triggerId)).toMatchObject({ trigger: null, latestInboundId: null });
  });
});
