-- CreateEnum
CREATE TYPE "BillingPlan" AS ENUM ('trial', 'starter', 'growth', 'scale');

-- CreateEnum
CREATE TYPE "BillingPeriod" AS ENUM ('monthly', 'yearly');

-- CreateEnum
CREATE TYPE "StripeEventStatus" AS ENUM ('received', 'processed', 'ignored', 'unmatched', 'failed');

-- CreateTable
CREATE TABLE "WorkspaceBilling" (
    "workspaceId" UUID NOT NULL,
    "chosenPlan" "BillingPlan" NOT NULL DEFAULT 'growth',
    "chosenPeriod" "BillingPeriod" NOT NULL DEFAULT 'monthly',
    "trialEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "stripeCustomerId" TEXT,
    "stripeSubscriptionId" TEXT,
    "subscriptionStatus" TEXT,
    "plan" "BillingPlan",
    "period" "BillingPeriod",
    "stripePriceId" TEXT,
    "currentPeriodEnd" TIMESTAMPTZ(3),
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "canceledAt" TIMESTAMPTZ(3),
    "syncedAt" TIMESTAMPTZ(3),
    "welcomeEmailedAt" TIMESTAMPTZ(3),
    "trialEndingEmailedAt" TIMESTAMPTZ(3),
    "trialEndedEmailedAt" TIMESTAMPTZ(3),
    "aiLimitAlertedMonth" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkspaceBilling_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "livemode" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rawBody" TEXT NOT NULL,
    "status" "StripeEventStatus" NOT NULL DEFAULT 'received',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "workspaceId" UUID,
    "error" TEXT,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceBilling_stripeCustomerId_key" ON "WorkspaceBilling"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceBilling_stripeSubscriptionId_key" ON "WorkspaceBilling"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "WorkspaceBilling_trialEndsAt_idx" ON "WorkspaceBilling"("trialEndsAt");

-- CreateIndex
CREATE INDEX "StripeEvent_workspaceId_receivedAt_idx" ON "StripeEvent"("workspaceId", "receivedAt");

-- CreateIndex
CREATE INDEX "StripeEvent_status_receivedAt_idx" ON "StripeEvent"("status", "receivedAt");

-- AddForeignKey
ALTER TABLE "WorkspaceBilling" ADD CONSTRAINT "WorkspaceBilling_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: nobody could pay before billing existed, so every existing workspace starts its 14-day
-- free trial now rather than finding itself expired (lib/billing/start-workspace-trial.ts has the
-- same 14 days). Existing users are not new: no welcome email for them.
INSERT INTO "WorkspaceBilling" ("workspaceId", "trialEndsAt", "welcomeEmailedAt", "updatedAt")
SELECT "id", CURRENT_TIMESTAMP + interval '14 days', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM "Workspace"
ON CONFLICT ("workspaceId") DO NOTHING;
