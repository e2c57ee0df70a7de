-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "sendClaimedAt" TIMESTAMPTZ(3);
