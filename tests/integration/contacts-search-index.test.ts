// Issue 17: the contacts search (substring ILIKE over names, handles, emails; digits of phones and
// WhatsApp ids) is answered through the trigram GIN indexes scoped by workspace
// (manual_Contact_text_trgm_idx, manual_Contact_digits_trgm_idx) on a large tenant, not by
// probing every contact — and still finds exactly this workspace's people. The EXPLAIN output is
// printed for docs/benchmarks.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { listContacts, listContactsSql } from '@/lib/contacts/list-contacts';
import { db } from '@/lib/db';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';

const LARGE = 30_000;
let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;

async function bulkContacts(workspaceId: string, channelId: string, count: number, prefix: string) {
  // Varied names, handles, emails and phone numbers, so trigram statistics look like real data.
  await db.$executeRaw`
    insert into "Contact" (id, "workspaceId", "channelId", "externalId", name, username, email, phone, "updatedAt")
    select gen_random_uuid(), ${workspaceId}::uuid, ${channelId}::uuid, ${prefix} || i::text,
      'Customer ' || substr(md5(i::text), 1, 8), 'user_' || substr(md5(i::text || 'u'), 1, 10),
      'c' || i || '@' || substr(md5(i::text || 'd'), 1, 6) || '.example', '+' || (abs(hashtext(i::text)) % 90 + 10)::text || ' ' || lpad((abs(hashtext(i::text || 'p')) % 1000000000)::text, 9, '0'), now()
    from generate_series(1, ${count}::int) as i`;
}

const plan = async (workspaceId: string, q: string) => {
  const rows = await db.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`explain (analyze, timing off, summary on) ${listContactsSql({ workspaceId, filters: { q }, sort: 'last_seen', after: null, pageSize: 50 })}`);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
};

beforeAll(async () => {
  ({ ctx, otherCtx } = await twoWorkspaceContexts());
  const ig = await createChannel(ctx.workspace.id, 'instagram');
  const otherIg = await createChannel(otherCtx.workspace.id, 'instagram');
  await bulkContacts(ctx.workspace.id, ig.id, LARGE, 'large-');
  await bulkContacts(otherCtx.workspace.id, otherIg.id, 5_000, 'other-');
  await db.contact.create({ data: { workspaceId: ctx.workspace.id, channelId: ig.id, externalId: 'needle-1', displayName: 'Zebulon Quartermaine', email: 'zq@needle.example', phone: '+44 7700 900 123' } });
  await db.contact.create({ data: { workspaceId: otherCtx.workspace.id, channelId: otherIg.id, externalId: 'needle-2', displayName: 'Zebulon Quartermaine' } });
  await db.$executeRawUnsafe('analyze "Contact"');
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

describe('contacts search on a large tenant (issue 17)', () => {
  it('a name substring is found through the workspace-scoped trigram index', async () => {
    const text = await plan(ctx.workspace.id, 'quarterm');
    console.log(`EXPLAIN contacts search "quarterm" (${LARGE} contacts):\n${text}`);
    expect(text).toContain('manual_Contact_text_trgm_idx');
    const { contacts } = await listContacts({ ctx, filters: { q: 'quarterm' } });
    expect(contacts.map((c) => c.label)).toEqual(['Zebulon Quartermaine']);
  });

  it('a phone-like search uses the digits index too', async () => {
    const text = await plan(ctx.workspace.id, '7700-900-12');
    console.log(`EXPLAIN contacts search "7700-900-12":\n${text}`);
    expect(text).toContain('manual_Contact_digits_trgm_idx');
    const { contacts } = await listContacts({ ctx, filters: { q: '7700-900-12' } });
    expect(contacts.map((c) => c.phone)).toEqual(['+44 7700 900 123']);
  });

  it("never returns another workspace's contact", async () => {
    const { contacts } = await listContacts({ ctx: otherCtx, filters: { q: 'quarterm' } });
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.id).not.toBe((await listContacts({ ctx, filters: { q: 'quarterm' } })).contacts[0]!.id);
  });
});
