-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "awayMessage" TEXT,
ADD COLUMN     "awayMessageEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "awayMessageSentAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AutomationRule" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "triggerConfig" JSONB,
    "conditions" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "lastAssignedUserId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AutomationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutomationRun" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "ruleId" UUID NOT NULL,
    "conversationId" UUID,
    "eventKey" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "outcome" JSONB NOT NULL,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AutomationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AutomationRule_workspaceId_trigger_enabled_position_idx" ON "AutomationRule"("workspaceId", "trigger", "enabled", "position");

-- CreateIndex
CREATE INDEX "AutomationRun_workspaceId_ruleId_createdAt_idx" ON "AutomationRun"("workspaceId", "ruleId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "AutomationRun_ruleId_eventKey_key" ON "AutomationRun"("ruleId", "eventKey");

-- AddForeignKey
ALTER TABLE "AutomationRun" ADD CONSTRAINT "AutomationRun_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AutomationRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
