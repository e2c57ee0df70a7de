-- CreateEnum
CREATE TYPE "AgentProviderKind" AS ENUM ('offline', 'openai', 'gemini', 'xai');

-- CreateEnum
CREATE TYPE "KnowledgeFileStatus" AS ENUM ('processing', 'ready', 'failed');

-- CreateEnum
CREATE TYPE "AgentRunStatus" AS ENUM ('running', 'drafted', 'sent', 'handed_off', 'skipped', 'failed');

-- CreateTable
CREATE TABLE "AgentConfig" (
    "workspaceId" UUID NOT NULL,
    "provider" "AgentProviderKind" NOT NULL DEFAULT 'offline',
    "model" TEXT,
    "apiKeyEnc" TEXT,
    "apiKeyHint" TEXT,
    "monthlyCapCents" INTEGER,
    "capAlertedMonth" TEXT,
    "lastTestedAt" TIMESTAMPTZ(3),
    "lastTestOk" BOOLEAN,
    "lastTestMessage" TEXT,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgentConfig_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "KnowledgeFile" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "status" "KnowledgeFileStatus" NOT NULL DEFAULT 'processing',
    "error" TEXT,
    "chunkCount" INTEGER NOT NULL DEFAULT 0,
    "charCount" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "KnowledgeFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeChunk" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "heading" TEXT,
    "text" TEXT NOT NULL,

    CONSTRAINT "KnowledgeChunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentRun" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "triggerMessageId" UUID,
    "kind" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" "AgentRunStatus" NOT NULL DEFAULT 'running',
    "provider" TEXT NOT NULL,
    "model" TEXT,
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "costMicros" INTEGER NOT NULL DEFAULT 0,
    "sources" JSONB,
    "handoffRule" TEXT,
    "reason" TEXT,
    "replyText" TEXT,
    "draftId" UUID,
    "messageIds" UUID[],
    "latencyMs" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AgentRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KnowledgeFile_workspaceId_createdAt_idx" ON "KnowledgeFile"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeFile_workspaceId_sha256_key" ON "KnowledgeFile"("workspaceId", "sha256");

-- CreateIndex
CREATE INDEX "KnowledgeChunk_workspaceId_idx" ON "KnowledgeChunk"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeChunk_fileId_ordinal_key" ON "KnowledgeChunk"("fileId", "ordinal");

-- CreateIndex
CREATE INDEX "AgentRun_workspaceId_createdAt_idx" ON "AgentRun"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AgentRun_conversationId_createdAt_idx" ON "AgentRun"("conversationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgentRun_workspaceId_triggerMessageId_kind_key" ON "AgentRun"("workspaceId", "triggerMessageId", "kind");

-- AddForeignKey
ALTER TABLE "KnowledgeChunk" ADD CONSTRAINT "KnowledgeChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "KnowledgeFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (not in the Prisma schema): full-text search over knowledge passages. The 'simple'
-- configuration (no stemming, no stop words) because owners upload documents in any language;
-- lib/agent/knowledge/search-knowledge.ts must use exactly this expression to hit the index.
CREATE INDEX "manual_KnowledgeChunk_text_fts" ON "KnowledgeChunk" USING GIN (to_tsvector('simple', coalesce("heading", '') || ' ' || "text"));
