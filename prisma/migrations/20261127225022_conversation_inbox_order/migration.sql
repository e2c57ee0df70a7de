-- CreateIndex
CREATE INDEX "Conversation_inbox_order_idx" ON "Conversation"("workspaceId", "status", "needsHuman" DESC, "lastMessageAt" DESC, "id" DESC);
