-- CreateEnum
CREATE TYPE "ReplyDraftStatus" AS ENUM ('pending', 'approved', 'discarded', 'superseded');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "autoHandBackMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "notifyMentions" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notifyNewConversations" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "handlingBeforeTakeover" "ConversationHandling",
ADD COLUMN     "lastOperatorActivityAt" TIMESTAMPTZ(3),
ADD COLUMN     "takenOverAt" TIMESTAMPTZ(3),
ADD COLUMN     "takenOverById" UUID;

-- CreateTable
CREATE TABLE "ReplyDraft" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "inReplyToId" UUID,
    "text" TEXT NOT NULL,
    "status" "ReplyDraftStatus" NOT NULL DEFAULT 'pending',
    "meta" JSONB,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "messageId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReplyDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationPresence" (
    "workspaceId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "typing" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationPresence_pkey" PRIMARY KEY ("conversationId","userId")
);

-- CreateTable
CREATE TABLE "NotificationOutbox" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "conversationId" UUID,
    "noteId" UUID,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "NotificationOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundUpload" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "uploadedById" UUID,
    "kind" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReplyDraft_workspaceId_conversationId_status_idx" ON "ReplyDraft"("workspaceId", "conversationId", "status");

-- CreateIndex
CREATE INDEX "ConversationPresence_workspaceId_seenAt_idx" ON "ConversationPresence"("workspaceId", "seenAt");

-- CreateIndex
CREATE INDEX "NotificationOutbox_sentAt_userId_createdAt_idx" ON "NotificationOutbox"("sentAt", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "NotificationOutbox_workspaceId_userId_idx" ON "NotificationOutbox"("workspaceId", "userId");

-- CreateIndex
CREATE INDEX "OutboundUpload_workspaceId_createdAt_idx" ON "OutboundUpload"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReplyDraft" ADD CONSTRAINT "ReplyDraft_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
