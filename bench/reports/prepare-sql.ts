// The inbox bench data set predates the reporting facts, so this derives them once, the same
// way the reports migration backfills a real database (first inbound, first response, closed
// at/by, human involvement) and adds the agent runs the handoff report reads. Guarded by a
// version table, so reruns skip it.
export const BENCH_REPORTS_VERSION = 1;

export const prepareStatements: { label: string; sql: string }[] = [
  {
    label: 'conversation facts from messages',
    sql: `
      update "Conversation" c set "createdAt" = f.first_in, "firstInboundAt" = f.first_in,
        "firstResponseAt" = f.first_out, "firstResponseSender" = case when f.first_out is not null then 'operator'::"MessageSender" end,
        "firstResponderId" = case when f.first_out is not null then c."assigneeId" end,
        "humanInvolved" = c.handling = 'human' or c."needsHuman",
        "closedAt" = case when c.status = 'closed' then c."lastMessageAt" + interval '2 hours' end,
        "closedById" = case when c.status = 'closed' then c."assigneeId" end
      from (
        select m."conversationId",
          min(m."sentAt") filter (where m.direction = 'inbound') as first_in,
          min(m."sentAt") filter (where m.direction = 'outbound') as first_out
        from "Message" m group by 1
      ) f
      where f."conversationId" = c.id;`,
  },
  {
    label: 'message authors (operator replies by the assignee)',
    sql: `
      update "Message" m set "authorUserId" = c."assigneeId"
      from "Conversation" c where c.id = m."conversationId" and m.sender = 'operator' and c."assigneeId" is not null;`,
  },
  {
    label: 'agent runs (one per AI conversation; 15 % handed off)',
    sql: `
      insert into "AgentRun" (id, "workspaceId", "conversationId", kind, mode, status, provider, "handoffRule", "createdAt")
        select gen_random_uuid(), c."workspaceId", c.id, 'reply', case when c.handling = 'ai_auto' then 'auto' else 'draft' end,
          (case when random() < 0.15 then 'handed_off' when c.handling = 'ai_auto' then 'sent' else 'drafted' end)::"AgentRunStatus",
          'offline', (array['asked_for_human','keyword','low_grounding','sentiment'])[1 + floor(random() * 4)::int], c."firstInboundAt" + interval '5 seconds'
        from "Conversation" c where c."firstInboundAt" is not null;`,
  },
  {
    label: 'draft creation times and edits',
    sql: `update "ReplyDraft" set edited = random() < 0.3 where status = 'approved';`,
  },
  {
    label: 'CSAT surveys on half the closed conversations',
    sql: `
      insert into "CsatSurvey" (id, "workspaceId", "conversationId", "channelId", "contactId", "sentAt", rating, "ratedAt")
        select gen_random_uuid(), c."workspaceId", c.id, c."channelId", c."contactId", c."closedAt",
          case when random() < 0.6 then 1 + floor(random() * 5)::int end, c."closedAt" + interval '3 minutes'
        from "Conversation" c where c.status = 'closed' and random() < 0.5;`,
  },
];
