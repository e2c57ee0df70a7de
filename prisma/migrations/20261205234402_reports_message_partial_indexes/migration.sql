-- Reports on a large tenant (docs/benchmarks.md, "Reports"). Hand-written: Prisma cannot express
-- partial indexes with INCLUDE. IF NOT EXISTS: an operator may build them beforehand CONCURRENTLY.

-- The two message statements scan only their own messages (each message enters at most one of
-- these): customer messages for the busiest-hours heatmap, operator replies per member.
CREATE INDEX IF NOT EXISTS "manual_Message_report_inbound_idx" ON "Message" ("workspaceId", "sentAt") INCLUDE ("channelId")
  WHERE direction = 'inbound';
CREATE INDEX IF NOT EXISTS "manual_Message_report_replies_idx" ON "Message" ("workspaceId", "sentAt") INCLUDE ("authorUserId", "channelId")
  WHERE sender = 'operator' AND direction = 'outbound' AND "authorUserId" IS NOT NULL;
