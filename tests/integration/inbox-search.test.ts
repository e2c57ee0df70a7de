// The inbox search at scale: word-prefix matching, the two query plans (walk the newest
// conversations / set-based over the tenant-scoped GIN indexes) agreeing with each other,
// hostile input, and no row of another workspace ever coming back, whichever plan runs.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ConversationFilters } from '@/lib/inbox/conversation-filters.schema';
import { conversationListStatement, listConversations, SEARCH_WALK_LIMIT, type SearchPlan } from '@/lib/inbox/list-conversations';
import { buildSearchTsquery } from '@/lib/inbox/search-tsquery';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';

type Channel = { id: string; workspaceId: string };
const base = Date.parse('2026-11-01T12:00:00.000Z');

/** Bulk-creates one conversation (and contact) per entry, newest last, each with its messages. */
async function conversations(channel: Channel, entries: { texts: string[]; name?: string; username?: string; status?: 'open' | 'closed' }[], startMinute = 0) {
  const ids: string[] = [];
  for (const [i, entry] of entries.entries()) {
    const minute = startMinute + i;
    const contact = await db.contact.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, externalId: randomBytes(6).toString('hex'), name: entry.name ?? null, username: entry.username ?? null } });
    const c = await db.conversation.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, contactId: contact.id, status: entry.status ?? 'open', lastMessageAt: new Date(base + minute * 60_000) } });
    await db.message.createMany({
      data: entry.texts.map((text, j) => ({
        workspaceId: channel.workspaceId, channelId: channel.id, conversationId: c.id, direction: 'inbound' as const, sender: 'customer' as const,
        status: 'received' as const, kind: 'text' as const, externalId: `m_${randomBytes(8).toString('hex')}`, text, sentAt: new Date(base + minute * 60_000 - j * 1000),
      })),
    });
    ids.push(c.id);
  }
  return ids;
}

const ids = async (ctx: WorkspaceContext, filters: Partial<ConversationFilters>, limit?: number) =>
  (await listConversations({ ctx, filters, limit })).conversations.map((c) => c.id);

/** Every page of a search, following the cursor. */
async function allPages(ctx: WorkspaceContext, filters: Partial<ConversationFilters>, limit: number) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listConversations({ ctx, filters, cursor, limit });
    seen.push(...page.conversations.map((c) => c.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return seen;
}

/** The ids one plan returns (display rows included), for comparing the plans on the same input. */
async function pageByPlan(ctx: WorkspaceContext, q: string, plan: SearchPlan, limit = 100) {
  const rows = await ctx.db.$queryRaw<{ id: string | null }[]>(conversationListStatement(ctx, { q }, undefined, limit, plan, buildSearchTsquery(q)!));
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let mine: Channel;
let theirs: Channel;
const c: Record<string, string> = {};
const fillers: string[] = [];

beforeAll(async () => {
  let workspaceId: string;
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  mine = await createChannel(workspaceId, 'instagram');
  theirs = await createChannel(otherCtx.workspace.id, 'instagram');
  // Oldest first: three sourdough conversations that only the set-based plan can reach, because
  // SEARCH_WALK_LIMIT newer ones ("fillers") sit in front of them; every fifth filler is about a refund.
  const oldest = await conversations(mine, [
    { texts: ['Do you sell sourdough bread?', 'thanks'] },
    { texts: ['Sourdough starter arrived'], status: 'closed' },
    { texts: ['hello'], name: 'Sourdough Sally', username: 'breadlover' },
  ]);
  [c.sourdoughOld, c.sourdoughClosed, c.sourdoughContact] = oldest as [string, string, string];
  fillers.push(...await conversations(mine, Array.from({ length: SEARCH_WALK_LIMIT + 20 }, (_, i) => ({
    texts: i % 5 === 0 ? ['I would like a refund please', 'order #77'] : ['Where is my order?'],
    name: `Customer ${i}`,
  })), 10));
  c.newest = (await conversations(mine, [{ texts: ['Quero um reembolso 🍕 por favor', 'e-mail me at joão@exemplo.com'], username: 'mariopizza' }], 1000))[0]!;
  // Workspace B holds the same words, newer than anything in A.
  [c.bSourdough, c.bRefund] = (await conversations(theirs, [
    { texts: ['sourdough please'], name: 'Sourdough Sam' },
    { texts: ['refund refund refund'], name: 'Ana Souza' },
  ], 2000)) as [string, string];
  await db.$executeRawUnsafe('analyze "Message", "Contact", "Conversation"');
});

describe('inbox search', () => {
  it('matches word prefixes in messages, contact names and usernames ("sourdou" finds "sourdough")', async () => {
    expect(await ids(ctx, { q: 'sourdou' })).toEqual([c.sourdoughContact, c.sourdoughOld]);
    expect(await ids(ctx, { q: 'SOURDOUGH' })).toEqual([c.sourdoughContact, c.sourdoughOld]);
    expect(await ids(ctx, { q: 'sourdou', status: 'closed' })).toEqual([c.sourdoughClosed]);
    expect(await ids(ctx, { q: 'breadlov' })).toEqual([c.sourdoughContact]);
    expect(await ids(ctx, { q: 'mariopiz' })).toEqual([c.newest]);
    expect(await ids(ctx, { q: 'reembol' })).toEqual([c.newest]);
    // All words must be in one message, or in the contact's name and username.
    expect(await ids(ctx, { q: 'sourdou brea' })).toEqual([c.sourdoughContact, c.sourdoughOld]);
    expect(await ids(ctx, { q: 'sourdou sell' })).toEqual([c.sourdoughOld]);
    expect(await ids(ctx, { q: 'sally sell' })).toEqual([]);
    expect(await ids(ctx, { q: '"sourdough bre"' })).toEqual([c.sourdoughOld]);
    expect(await ids(ctx, { q: 'e-mai' })).toEqual([c.newest]);
    expect(await ids(ctx, { q: 'sourdou -sell' })).toEqual([c.sourdoughContact]);
    expect(await ids(ctx, { q: 'sourdoughs' })).toEqual([]);
  });

  it('returns the same rows whichever plan runs, in inbox order', async () => {
    for (const q of ['refund', 'refu', 'ord', 'sourdou', 'customer 1', 'o', 'refund OR sourdough', '"my order"', 'order -refund', 'nothing-like-this']) {
      const walk = await pageByPlan(ctx, q, 'search-walk');
      const set = await pageByPlan(ctx, q, 'search-set');
      // The walk sees only the newest SEARCH_WALK_LIMIT conversations: its rows are a prefix of the set's.
      expect(set.slice(0, walk.length), q).toEqual(walk);
      expect(set.length, q).toBeGreaterThanOrEqual(walk.length);
      // Below the cap (this workspace has far fewer than SEARCH_SET_CAP matches) the capped plan is the set plan.
      expect(await pageByPlan(ctx, q, 'search-set-capped'), q).toEqual(set);
    }
    expect(await pageByPlan(ctx, 'ord', 'search-set')).toHaveLength(101);
    // "refund" fills a page from the newest conversations; "sourdou" needs the set-based plan.
    expect(await pageByPlan(ctx, 'refund', 'search-walk', 10)).toHaveLength(11);
    expect(await pageByPlan(ctx, 'sourdou', 'search-walk', 10)).toEqual([]);
  });

  it('pages through a search with the cursor: every match exactly once, across both plans', async () => {
    const refunds = fillers.filter((_, i) => i % 5 === 0).reverse();
    expect(await allPages(ctx, { q: 'refund' }, 7)).toEqual(refunds);
    expect(await allPages(ctx, { q: 'refund OR sourdough' }, 9)).toEqual([...refunds, c.sourdoughContact, c.sourdoughOld]);
    expect(await allPages(ctx, { q: 'sourdou' }, 1)).toEqual([c.sourdoughContact, c.sourdoughOld]);
  });

  it('never returns another workspace’s conversations, with either plan', async () => {
    for (const q of ['sourdough', 'sourdou', 'refund', 'refu', 'souza', 'sam', 'r', 'refund OR sourdough']) {
      for (const plan of ['search-walk', 'search-set', 'search-set-capped'] as const) {
        const found = await pageByPlan(ctx, q, plan);
        expect(found, `${q} ${plan}`).not.toContain(c.bSourdough);
        expect(found, `${q} ${plan}`).not.toContain(c.bRefund);
        expect(await pageByPlan(otherCtx, q, plan), `${q} ${plan} (B)`).not.toContain(c.sourdoughOld);
      }
    }
    expect(await ids(otherCtx, { q: 'sourdou' })).toEqual([c.bSourdough]);
    expect(await ids(otherCtx, { q: 'refund' })).toEqual([c.bRefund]);
    expect(await ids(ctx, { q: 'souza' })).toEqual([]);
  });

  it('answers hostile or empty input with rows or an empty page, never an error', async () => {
    const inputs = ["'", '\\', 'a:*', '!', '(', 'a & b | !c', '<->', '\u0000', 'x\u0000y', '-', 'OR', '"', '""', '🍕', 'ä'.repeat(200), '%_', '$1', "'; drop table \"Conversation\"; --", '\u202erefund', 'refund\\', "refund'"];
    for (const q of inputs) {
      await expect(listConversations({ ctx, filters: { q } }), JSON.stringify(q)).resolves.toBeDefined();
    }
    expect(await ids(ctx, { q: '🍕' })).toEqual([]);
    expect(await ids(ctx, { q: '-refund' })).toEqual([]);
    expect(await ids(ctx, { q: "refund'" }, 3)).toHaveLength(3);
    expect(await db.conversation.count()).toBeGreaterThan(0);
  });

  it('hands Postgres a valid tsquery for any input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), async (input) => {
        const query = buildSearchTsquery(input);
        if (query === null) return;
        await db.$queryRaw`select to_tsquery('simple', ${query})::text as q`;
      }),
      { numRuns: 150 },
    );
  });

  it('uses the workspace-keyed search indexes (the expressions match the migration)', async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const rows = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${conversationListStatement(ctx, { q: 'sourdou' }, undefined, 50, 'search-set-capped', "'sourdou':*")}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('Bitmap Index Scan on "manual_Message_search_idx"');
    expect(plan).toContain('Bitmap Index Scan on "manual_Contact_search_idx"');
    // The index key is the workspace-prefixed lexeme: only this workspace's entries are read.
    const key = ctx.workspace.id.replaceAll('-', '');
    expect(plan).toContain(`Index Cond: (relaydesk_search_document("workspaceId", text) @@ '''${key}sourdou'':*'::tsquery)`);
  });

  it('scopes the index entries by workspace: the same words index under different keys', async () => {
    const rows = await db.$queryRaw<{ a: string; b: string; match: boolean; other: boolean }[]>`
      select relaydesk_search_document(${ctx.workspace.id}::uuid, 'Sourdough e-mail')::text as a,
             relaydesk_search_document(${otherCtx.workspace.id}::uuid, 'Sourdough e-mail')::text as b,
             relaydesk_search_document(${ctx.workspace.id}::uuid, 'Sourdough e-mail') @@ relaydesk_search_query(${ctx.workspace.id}::uuid, to_tsquery('simple', ${"'sourdou':* & 'e-mai':*"})) as match,
             relaydesk_search_document(${otherCtx.workspace.id}::uuid, 'Sourdough e-mail') @@ relaydesk_search_query(${ctx.workspace.id}::uuid, to_tsquery('simple', ${"'sourdou':*"})) as other`;
    expect(rows[0]!.a).not.toEqual(rows[0]!.b);
    expect(rows[0]!.a).toContain(`'${ctx.workspace.id.replaceAll('-', '')}sourdough':1`);
    expect(rows[0]).toMatchObject({ match: true, other: false });
  });

  it('matches exactly what to_tsvector would match (the walk plan’s test) for any text and query', async () => {
    const word = fc.constantFrom('order', 'ordered', 'e-mail', 'joão@x.com', '12.5', 'Zoë', 'łukasz', 'sour', 'sourdough', 'dough', "don't", 'a', 'x\\y', '🍕', '#77');
    const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
    await fc.assert(
      fc.asyncProperty(text, text, fc.constantFrom('', '-', '"'), async (document, typed, decoration) => {
        const tsquery = buildSearchTsquery(typed.split(' ').map((w, i) => (i === 1 ? `${decoration}${w}${decoration === '"' ? '"' : ''}` : w)).join(' '));
        if (tsquery === null) return;
        const [row] = await db.$queryRaw<{ scoped: boolean; plain: boolean }[]>`
          select relaydesk_search_document(${ctx.workspace.id}::uuid, ${document}) @@ relaydesk_search_query(${ctx.workspace.id}::uuid, to_tsquery('simple', ${tsquery})) as scoped,
                 to_tsvector('simple', ${document}) @@ to_tsquery('simple', ${tsquery}) as plain`;
        expect(row!.scoped, `${document} @@ ${tsquery}`).toBe(row!.plain);
      }),
      { numRuns: 300 },
    );
  });

  it('never fails to index a message, however long or odd its text', async () => {
    const texts = ['x'.repeat(3000), `${'ab '.repeat(20000)}`, Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`).join(' '), "quote ' and \\ backslash", 'control\u0001\u0007chars', '🍕'.repeat(5000), `${'a'.repeat(2040)} b`];
    for (const text of texts) {
      await expect(db.$queryRaw`select relaydesk_search_document(${ctx.workspace.id}::uuid, ${text}) is not null as ok`).resolves.toEqual([{ ok: true }]);
    }
  });
});
