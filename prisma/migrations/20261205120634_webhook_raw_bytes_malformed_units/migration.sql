-- AlterEnum
ALTER TYPE "WebhookEventStatus" ADD VALUE 'malformed';

-- AlterTable: the raw body becomes bytes. Existing rows were stored as UTF-8 text (invalid
-- sequences already replaced by U+FFFD at the time), so their UTF-8 encoding is the best record
-- of what arrived. Converted in place rather than dropped (the generated SQL dropped the column).
ALTER TABLE "WebhookDelivery" ALTER COLUMN "rawBody" SET DATA TYPE BYTEA USING convert_to("rawBody", 'UTF8');

-- AlterTable
ALTER TABLE "WebhookEvent" ALTER COLUMN "payload" DROP NOT NULL;
