-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" UUID NOT NULL,
    "consentId" UUID NOT NULL,
    "necessary" BOOLEAN NOT NULL DEFAULT true,
    "analytics" BOOLEAN NOT NULL,
    "advertising" BOOLEAN NOT NULL,
    "gpc" BOOLEAN NOT NULL DEFAULT false,
    "action" TEXT NOT NULL,
    "policyVersion" TEXT NOT NULL,
    "userAgent" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsentRecord_consentId_createdAt_idx" ON "ConsentRecord"("consentId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_createdAt_idx" ON "ConsentRecord"("createdAt");
