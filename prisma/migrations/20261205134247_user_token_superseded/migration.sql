-- AlterTable
ALTER TABLE "UserToken" ADD COLUMN     "supersededAt" TIMESTAMPTZ(3);
