-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "csatEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "closedById" UUID,
ADD COLUMN     "firstInboundAt" TIMESTAMPTZ(3),
ADD COLUMN     "firstResponderId" UUID,
ADD COLUMN     "firstResponseAt" TIMESTAMPTZ(3),
ADD COLUMN     "firstResponseSender" "MessageSender",
ADD COLUMN     "humanInvolved" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReplyDraft" ADD COLUMN     "edited" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CsatSurvey" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "channelId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "messageId" UUID,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rating" INTEGER,
    "ratedAt" TIMESTAMPTZ(3),
    "ratingMessageId" UUID,

    CONSTRAINT "CsatSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CsatSurvey_conversationId_key" ON "CsatSurvey"("conversationId");

-- CreateIndex
CREATE INDEX "CsatSurvey_workspaceId_sentAt_idx" ON "CsatSurvey"("workspaceId", "sentAt");

-- CreateIndex
CREATE INDEX "CsatSurvey_contactId_sentAt_idx" ON "CsatSurvey"("contactId", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_createdAt_idx" ON "Conversation"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_closedAt_idx" ON "Conversation"("workspaceId", "closedAt");

-- CreateIndex
CREATE INDEX "Message_workspaceId_sentAt_idx" ON "Message"("workspaceId", "sentAt");

-- CreateIndex
CREATE INDEX "ReplyDraft_workspaceId_createdAt_idx" ON "ReplyDraft"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "CsatSurvey" ADD CONSTRAINT "CsatSurvey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsatSurvey" ADD CONSTRAINT "CsatSurvey_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill what the message log and the conversation rows can tell (docs/architecture.md "Reports").
-- First customer message.
UPDATE "Conversation" c SET "firstInboundAt" = m.first_at
FROM (SELECT "conversationId", min("sentAt") AS first_at FROM "Message" WHERE direction = 'inbound' GROUP BY 1) m
WHERE m."conversationId" = c.id;

-- First reply after it (operator, AI or the business's Meta app).
UPDATE "Conversation" c SET "firstResponseAt" = r."sentAt", "firstResponseSender" = r.sender,
  "firstResponderId" = CASE WHEN r.sender = 'operator' THEN r."authorUserId" END
FROM (
  SELECT DISTINCT ON (m."conversationId") m."conversationId", m."sentAt", m.sender, m."authorUserId"
  FROM "Message" m JOIN "Conversation" c2 ON c2.id = m."conversationId"
  WHERE m.direction = 'outbound' AND c2."firstInboundAt" IS NOT NULL AND m."sentAt" >= c2."firstInboundAt"
  ORDER BY m."conversationId", m."sentAt"
) r
WHERE r."conversationId" = c.id;

-- A person took part: wrote, took over or was handed the conversation.
UPDATE "Conversation" c SET "humanInvolved" = true
WHERE c."takenOverAt" IS NOT NULL OR c."needsHuman" OR c.handling = 'human'
  OR EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m.sender IN ('operator', 'native_app'))
  OR EXISTS (SELECT 1 FROM "AgentRun" r WHERE r."conversationId" = c.id AND r.status = 'handed_off');

-- Closed before closedAt existed: the last update is the closest record of when (who is unknown).
UPDATE "Conversation" SET "closedAt" = "updatedAt" WHERE status = 'closed';

-- An approved draft sent as the operator's message was edited first (approve-reply-draft.ts).
UPDATE "ReplyDraft" d SET edited = true
FROM "Message" m WHERE m.id = d."messageId" AND d.status = 'approved' AND m.sender = 'operator';
