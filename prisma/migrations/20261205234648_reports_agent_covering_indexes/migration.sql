-- Reports on a large tenant (docs/benchmarks.md, "Reports"): the handoff and draft statements
-- visited ~1,500 and ~2,600 heap pages. Covering indexes (hand-written: Prisma cannot express
-- INCLUDE) make them index-only scans. IF NOT EXISTS: an operator may build them CONCURRENTLY.
CREATE INDEX IF NOT EXISTS "manual_AgentRun_report_idx" ON "AgentRun" ("workspaceId", "createdAt")
  INCLUDE ("status", "handoffRule", "conversationId");
CREATE INDEX IF NOT EXISTS "manual_ReplyDraft_report_idx" ON "ReplyDraft" ("workspaceId", "createdAt")
  INCLUDE ("status", "edited", "conversationId");
