-- CreateEnum
CREATE TYPE "ConversationRetention" AS ENUM ('plan_default', 'days_90', 'months_12', 'forever');

-- CreateEnum
CREATE TYPE "WorkspaceExportStatus" AS ENUM ('queued', 'running', 'ready', 'failed', 'expired');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DataDeletionStatus" ADD VALUE 'awaiting_confirmation';
ALTER TYPE "DataDeletionStatus" ADD VALUE 'expired';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deleteAfter" TIMESTAMPTZ(3),
ADD COLUMN     "deletionRequestedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "closedById" UUID,
ADD COLUMN     "eraseAfter" TIMESTAMPTZ(3),
ADD COLUMN     "historyRetention" "ConversationRetention" NOT NULL DEFAULT 'plan_default';

-- Data: Meta callbacks named their user in "metaUserId", it becomes the request's identifier.
UPDATE "DataDeletionRequest" SET "identifierType" = 'meta_user', "identifier" = "metaUserId" WHERE "metaUserId" IS NOT NULL;

-- AlterTable
ALTER TABLE "DataDeletionRequest" DROP COLUMN "metaUserId",
ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "confirmedVia" TEXT,
ADD COLUMN     "dueAt" TIMESTAMPTZ(3),
ADD COLUMN     "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "identifierHash" TEXT,
ADD COLUMN     "loggedByEmail" TEXT,
ADD COLUMN     "note" TEXT,
ADD COLUMN     "proofCode" TEXT,
ADD COLUMN     "proofMismatches" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "proofTokenHash" TEXT;

-- CreateTable
CREATE TABLE "WorkspaceExport" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "requestedById" UUID,
    "status" "WorkspaceExportStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "storageKey" TEXT,
    "sizeBytes" INTEGER,
    "error" TEXT,
    "expiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkspaceExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkspaceExport_workspaceId_createdAt_idx" ON "WorkspaceExport"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "WorkspaceExport_expiresAt_idx" ON "WorkspaceExport"("expiresAt");

-- CreateIndex
CREATE INDEX "User_deleteAfter_idx" ON "User"("deleteAfter");

-- CreateIndex
CREATE INDEX "Workspace_eraseAfter_idx" ON "Workspace"("eraseAfter");

-- CreateIndex
CREATE UNIQUE INDEX "DataDeletionRequest_proofCode_key" ON "DataDeletionRequest"("proofCode");

-- CreateIndex
CREATE UNIQUE INDEX "DataDeletionRequest_proofTokenHash_key" ON "DataDeletionRequest"("proofTokenHash");

-- CreateIndex
CREATE INDEX "DataDeletionRequest_status_expiresAt_idx" ON "DataDeletionRequest"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "WorkspaceExport" ADD CONSTRAINT "WorkspaceExport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: a Meta callback is proven by its signature, every request is due 30 days after it came in.
UPDATE "DataDeletionRequest" SET "confirmedAt" = "requestedAt", "confirmedVia" = 'meta_signature' WHERE "source" = 'meta_callback';
UPDATE "DataDeletionRequest" SET "dueAt" = "requestedAt" + interval '30 days';

-- Data: the request's own identifier is kept only as a salted SHA-256 (same format as
-- lib/privacy/hash-identifier.ts: <salt>$<hex sha256 of "<salt>:<identifier>">) once closed.
UPDATE "DataDeletionRequest" r
   SET "identifierHash" = s.salt || '$' || encode(sha256(convert_to(s.salt || ':' || r."identifier", 'UTF8')), 'hex')
  FROM (SELECT "id", substr(md5(random()::text || "id"::text), 1, 16) AS salt FROM "DataDeletionRequest") s
 WHERE s."id" = r."id" AND r."identifier" IS NOT NULL;
UPDATE "DataDeletionRequest" SET "identifier" = NULL WHERE "status" = 'completed';

-- Data: public-form requests were never proven (issue 12.1), so open ones must not run any more.
-- New enum values cannot be used in the transaction that adds them, so they are made due for
-- expiry here and the privacy sweep marks them expired (and drops the identifier).
UPDATE "DataDeletionRequest" SET "expiresAt" = now() WHERE "source" = 'public_form' AND "status" <> 'completed';

-- Data: a WhatsApp channel connected through Facebook Login by the same person as a Messenger
-- channel of the workspace shares that person's app-scoped user id. Other rows are filled by the
-- backfill-meta-user-ids job from the stored tokens.
UPDATE "Channel" wa SET "metaUserId" = m."metaUserId"
  FROM "Channel" m
 WHERE wa."type" = 'whatsapp' AND wa."metaUserId" IS NULL
   AND m."type" = 'messenger' AND m."metaUserId" IS NOT NULL
   AND m."workspaceId" = wa."workspaceId" AND m."connectedById" = wa."connectedById";
