-- CreateTable
CREATE TABLE "CapiEvent" (
    "id" UUID NOT NULL,
    "bookingUid" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "userData" JSONB,
    "eventTime" TIMESTAMPTZ(3) NOT NULL,
    "eventSourceUrl" TEXT,
    "clientUserAgent" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapiEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CapiEvent_status_createdAt_idx" ON "CapiEvent"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CapiEvent_bookingUid_eventName_key" ON "CapiEvent"("bookingUid", "eventName");
