-- Partial indexes for the per-minute inbox jobs, which scan across workspaces. Prisma's schema
-- cannot express partial indexes, so they are hand-written and named manual_* (the drift test
-- leaves manual_* indexes out of its comparison).

-- wake-snoozed-conversations: status = 'snoozed' and "snoozedUntil" <= now(), oldest first.
CREATE INDEX "manual_Conversation_snoozed_due_idx" ON "Conversation" ("snoozedUntil") WHERE status = 'snoozed';

-- auto-hand-back: the human-handled conversations of workspaces that enabled it.
CREATE INDEX "manual_Conversation_human_idx" ON "Conversation" ("workspaceId") WHERE handling = 'human';
