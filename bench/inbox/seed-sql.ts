// Set-based bulk load for the inbox benchmark: every table is filled by one
// `insert … select … from generate_series` statement, so 1M messages load in minutes.
// Workspace 1 is a large tenant (20,000 conversations); the other 99 share the remaining 80,000.
export const BENCH_WORKSPACES = 100;
export const BENCH_CONVERSATIONS = 100_000;
export const BENCH_MESSAGES_PER_CONVERSATION = 10;
export const BENCH_LARGE_TENANT_CONVERSATIONS = 20_000;
/** Bumped whenever the data set changes: an older seeded database is refused with a hint. */
export const BENCH_SEED_VERSION = 3;
/** A word in one message of every RARE_WORD_EVERY (~200 of 1M; ~40 in the large tenant). */
export const RARE_WORD = 'sourdough';
const RARE_WORD_EVERY = 4999;

const words = `hello hi thanks order shipping delivery refund price size color available stock tomorrow today
  please help problem broken wrong address change cancel payment card invoice discount coupon code promo
  store open hours location pickup return exchange warranty product photo video link website instagram
  message reply waiting urgent question answer great love nice perfect sorry late where when how much
  reembolso envío precio gracias hola pedido talla entrega café niño olá obrigado pedido 🍕 🎉 ❤️ 👍`
  .split(/\s+/).filter(Boolean);
const firstNames = 'ana bruno carla diego elena felipe gabi hugo iris joão karin luis maria nico olga pablo quinn rosa sofia tomás'.split(' ');
const lastNames = 'silva souza garcia lopez martin rossi müller nowak kim tanaka smith jones brown costa pereira'.split(' ');

const lit = (list: string[]) => `array[${list.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]::text[]`;

/** The workspace ordinal (1..100) of conversation n (1..100,000). */
const workspaceOf = (n: string) => `(case when ${n} <= ${BENCH_LARGE_TENANT_CONVERSATIONS} then 1 else 2 + (${n} % ${BENCH_WORKSPACES - 1}) end)`;

export const seedStatements: { label: string; sql: string }[] = [
  {
    label: 'workspaces, owners, agents, memberships',
    sql: `
      create temporary table bench_ws as
        select w as ordinal, gen_random_uuid() as id from generate_series(1, ${BENCH_WORKSPACES}) w;
      insert into "Workspace" (id, name, slug, "updatedAt")
        select id, 'Bench ' || ordinal, 'bench-' || ordinal, now() from bench_ws;
      create temporary table bench_member as
        select ws.ordinal, ws.id as "workspaceId", k, gen_random_uuid() as "userId" from bench_ws ws, generate_series(0, 3) k;
      insert into "User" (id, email, name, "passwordHash", "updatedAt")
        select "userId", 'bench-' || ordinal || '-' || k || '@example.test', 'Bench member ' || k, 'x', now() from bench_member;
      insert into "Membership" (id, "workspaceId", "userId", role, "updatedAt")
        select gen_random_uuid(), "workspaceId", "userId", (case when k = 0 then 'owner' else 'agent' end)::"Role", now() from bench_member;
      -- Every workspace on Scale (all history): a trial's 30 days would hide two thirds of the
      -- 90 days of conversations and the bench would measure a smaller inbox.
      insert into "WorkspaceBilling" ("workspaceId", "trialEndsAt", "stripeSubscriptionId", "subscriptionStatus", plan, period, "currentPeriodEnd", "welcomeEmailedAt", "updatedAt")
        select id, now(), 'sub_bench_' || ordinal, 'active', 'scale', 'monthly', now() + interval '10 years', now(), now() from bench_ws;`,
  },
  {
    label: 'channels (3 per workspace) and labels (5 per workspace)',
    sql: `
      create temporary table bench_channel as
        select ws.ordinal, ws.id as "workspaceId", t.k, gen_random_uuid() as id, t.type
          from bench_ws ws, (values (0, 'instagram'), (1, 'messenger'), (2, 'whatsapp')) as t(k, type);
      insert into "Channel" (id, "workspaceId", type, "externalId", name, "updatedAt")
        select id, "workspaceId", type::"ChannelType", 'bench-' || ordinal || '-' || k, initcap(type) || ' ' || ordinal, now() from bench_channel;
      insert into "Label" (id, "workspaceId", name, color, "updatedAt")
        select gen_random_uuid(), ws.id, (array['VIP','Billing','Shipping','Lead','Spam'])[k], (array['#f59e0b','#0ea5e9','#10b981','#8b5cf6','#ef4444'])[k], now()
          from bench_ws ws, generate_series(1, 5) k;`,
  },
  {
    label: `contacts and conversations (${BENCH_CONVERSATIONS.toLocaleString('en')})`,
    sql: `
      create temporary table bench_conv as
        select n, gen_random_uuid() as id, gen_random_uuid() as "contactId", ${workspaceOf('n')} as ws, (n * 7) % 3 as ch, random() as r1, random() as r2, random() as r3
          from generate_series(1, ${BENCH_CONVERSATIONS}) n;
      insert into "Contact" (id, "workspaceId", "channelId", "externalId", name, username, "updatedAt")
        select bc."contactId", ch."workspaceId", ch.id, 'c' || bc.n,
               initcap((${lit(firstNames)})[1 + (bc.n % ${firstNames.length})] || ' ' || (${lit(lastNames)})[1 + ((bc.n / ${firstNames.length}) % ${lastNames.length})]),
               case when ch.type <> 'whatsapp' then 'user' || bc.n end, now()
          from bench_conv bc join bench_channel ch on ch.ordinal = bc.ws and ch.k = bc.ch;
      insert into "Conversation" (id, "workspaceId", "channelId", "contactId", status, handling, "assigneeId", "needsHuman", "lastMessageAt", "lastInboundAt", "lastMessagePreview", "unreadCount", "updatedAt")
        select bc.id, ch."workspaceId", ch.id, bc."contactId",
               (case when bc.r1 < 0.5 then 'open' when bc.r1 < 0.6 then 'pending' when bc.r1 < 0.65 then 'snoozed' else 'closed' end)::"ConversationStatus",
               (case when bc.r2 < 0.3 then 'ai_auto' when bc.r2 < 0.7 then 'ai_draft' else 'human' end)::"ConversationHandling",
               (select m."userId" from bench_member m where m.ordinal = bc.ws and m.k = floor(bc.r3 * 6)::int),
               bc.r3 > 0.98,
               now() - (bc.r2 * interval '90 days'), now() - (bc.r2 * interval '90 days'),
               'Latest message ' || bc.n, (case when bc.r3 < 0.3 then floor(bc.r1 * 5)::int else 0 end), now()
          from bench_conv bc join bench_channel ch on ch.ordinal = bc.ws and ch.k = bc.ch;`,
  },
  // Fresh statistics before the big insert: the foreign-key checks' cached plans otherwise
  // believe "Conversation" is empty and pick a full index scan per message (found the hard way).
  { label: 'analyze parents', sql: 'analyze "Workspace", "Channel", "Contact", "Conversation", "Label";' },
  {
    label: 'labels on 20% of conversations',
    sql: `
      insert into "ConversationLabel" ("workspaceId", "conversationId", "labelId")
        select c."workspaceId", c.id, l.id
          from "Conversation" c join bench_conv bc on bc.id = c.id
          join lateral (select id from "Label" where "workspaceId" = c."workspaceId" order by name offset ((bc.n / 5) % 5) limit 1) l on true
         where bc.n % 5 = 0;`,
  },
  {
    label: `messages (${(BENCH_CONVERSATIONS * BENCH_MESSAGES_PER_CONVERSATION).toLocaleString('en')})`,
    sql: `
      insert into "Message" (id, "workspaceId", "channelId", "conversationId", "externalId", direction, kind, sender, status, text, "sentAt", "updatedAt")
        select gen_random_uuid(), c."workspaceId", c."channelId", c.id, 'bm_' || bc.n || '_' || i,
               (case when i % 2 = 0 then 'inbound' else 'outbound' end)::"MessageDirection", 'text'::"MessageKind",
               (case when i % 2 = 0 then 'customer' else 'operator' end)::"MessageSender",
               (case when i % 2 = 0 then 'received' else 'delivered' end)::"MessageStatus",
               (select string_agg((${lit(words)})[1 + floor(random() * ${words.length} + 0 * w)::int], ' ') from generate_series(1, 4 + (bc.n + i) % 8) w)
                 || (case when (bc.n * ${BENCH_MESSAGES_PER_CONVERSATION} + i) % ${RARE_WORD_EVERY} = 0 then ' ${RARE_WORD}' else '' end),
               c."lastMessageAt" - (${BENCH_MESSAGES_PER_CONVERSATION} - i) * interval '3 minutes', now()
          from "Conversation" c join bench_conv bc on bc.id = c.id, generate_series(1, ${BENCH_MESSAGES_PER_CONVERSATION}) i;`,
  },
  {
    // Draft mode leaves a history: three decided drafts per ai_draft conversation, and a pending
    // one ("AI draft waiting") on 15 % of them, so counts and the row marker meet real volumes.
    label: 'reply drafts (history + pending)',
    sql: `
      insert into "ReplyDraft" (id, "workspaceId", "conversationId", text, status, "createdAt", "updatedAt")
        select gen_random_uuid(), c."workspaceId", c.id, 'Suggested reply ' || k,
               (case when k < 3 then (array['approved','discarded','superseded'])[1 + k]
                     when random() < 0.15 then 'pending' else 'approved' end)::"ReplyDraftStatus",
               c."lastMessageAt" - (4 - k) * interval '1 minute', now()
          from "Conversation" c, generate_series(0, 3) k
         where c.handling = 'ai_draft';`,
  },
  { label: 'analyze', sql: 'analyze;' },
];
