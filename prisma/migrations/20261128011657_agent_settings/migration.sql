-- CreateTable
CREATE TABLE "AgentSettingsVersion" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "settings" JSONB NOT NULL,
    "createdById" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgentSettingsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgentSettingsVersion_workspaceId_createdAt_idx" ON "AgentSettingsVersion"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgentSettingsVersion_workspaceId_version_key" ON "AgentSettingsVersion"("workspaceId", "version");
