-- Reports on a large tenant (docs/benchmarks.md, "Reports"): the conversation statements read
-- 20k heap rows through bitmap scans, mostly from disk. These covering indexes (hand-written:
-- Prisma cannot express INCLUDE) hold every column those statements read, so they become
-- index-only scans. IF NOT EXISTS: an operator may build them beforehand CONCURRENTLY.

-- Started in the range: volume, first response times, per-member assigned / first responses.
CREATE INDEX IF NOT EXISTS "manual_Conversation_report_started_idx" ON "Conversation" ("workspaceId", "createdAt")
  INCLUDE ("channelId", "firstInboundAt", "firstResponseAt", "assigneeId", "firstResponderId");

-- Closed in the range: resolution times, AI resolution rate, per-member closed.
CREATE INDEX IF NOT EXISTS "manual_Conversation_report_closed_idx" ON "Conversation" ("workspaceId", "closedAt")
  INCLUDE ("status", "channelId", "humanInvolved", "firstInboundAt", "createdAt", "closedById");
