-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "onboardingDismissedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "UserToken" ADD COLUMN     "supersededAt" TIMESTAMPTZ(3);
