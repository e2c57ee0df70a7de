-- DropIndex
DROP INDEX "Message_workspaceId_sentAt_idx";

-- CreateIndex
CREATE INDEX "Message_workspaceId_sentAt_direction_sender_authorUserId_ch_idx" ON "Message"("workspaceId", "sentAt", "direction", "sender", "authorUserId", "channelId");
