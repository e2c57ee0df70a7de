-- AlterTable
ALTER TABLE "KnowledgeFile" ADD COLUMN     "extractionAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "limitBreach" TEXT;
