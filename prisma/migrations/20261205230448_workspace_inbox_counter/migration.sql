-- CreateTable
CREATE TABLE "WorkspaceInboxCounter" (
    "workspaceId" UUID NOT NULL,
    "unreadOpen" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WorkspaceInboxCounter_pkey" PRIMARY KEY ("workspaceId")
);

-- AddForeignKey
ALTER TABLE "WorkspaceInboxCounter" ADD CONSTRAINT "WorkspaceInboxCounter_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The counter is kept by the database itself, for every statement that changes a conversation's
-- unreadCount or status (an inbound message, a read marker, close/snooze/reopen, bulk actions,
-- deletion and erasure alike, raw SQL included), so no code path can forget it.
-- Deferred constraint triggers: the WHEN clause picks the row changes that move the total (most
-- updates — previews, assignment, timestamps — queue nothing), and the counter row is updated at
-- COMMIT, so its lock is held for the commit alone. Updated in the statement instead, every
-- transaction of a busy workspace queued behind the one holding the row until it committed (seen
-- in bench:chaos: a webhook burst into one workspace serialised on it), and a bulk update could
-- deadlock against a concurrent single-row one.
-- The insert goes through "Workspace", so a cascade from a workspace being deleted adds no row.
-- The migration runner (Prisma's schema engine, wasm) splits a script on every semicolon, dollar
-- quotes included, so the PL/pgSQL body is an E'' string with \073 for the semicolons and '' for quotes.
CREATE FUNCTION "relaydesk_add_unread"(workspace uuid, delta int) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO "WorkspaceInboxCounter" ("workspaceId", "unreadOpen")
  SELECT w."id", delta FROM "Workspace" w WHERE w."id" = workspace AND delta <> 0
  ON CONFLICT ("workspaceId") DO UPDATE SET "unreadOpen" = "WorkspaceInboxCounter"."unreadOpen" + excluded."unreadOpen"
$fn$;

CREATE FUNCTION "relaydesk_unread_counter"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  before int := 0\073
  after int := 0\073
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD."status" = ''open'' THEN before := OLD."unreadCount"\073 END IF\073
  IF TG_OP <> ''DELETE'' AND NEW."status" = ''open'' THEN after := NEW."unreadCount"\073 END IF\073
  IF TG_OP = ''UPDATE'' AND OLD."workspaceId" = NEW."workspaceId" THEN
    PERFORM "relaydesk_add_unread"(NEW."workspaceId", after - before)\073
  ELSE
    IF TG_OP <> ''INSERT'' THEN PERFORM "relaydesk_add_unread"(OLD."workspaceId", -before)\073 END IF\073
    IF TG_OP <> ''DELETE'' THEN PERFORM "relaydesk_add_unread"(NEW."workspaceId", after)\073 END IF\073
  END IF\073
  RETURN NULL\073
END';

CREATE CONSTRAINT TRIGGER "Conversation_unread_counter_insert" AFTER INSERT ON "Conversation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW."status" = 'open' AND NEW."unreadCount" <> 0)
  EXECUTE FUNCTION "relaydesk_unread_counter"();
CREATE CONSTRAINT TRIGGER "Conversation_unread_counter_update" AFTER UPDATE ON "Conversation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."unreadCount" IS DISTINCT FROM NEW."unreadCount" OR OLD."status" IS DISTINCT FROM NEW."status" OR OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId")
  EXECUTE FUNCTION "relaydesk_unread_counter"();
CREATE CONSTRAINT TRIGGER "Conversation_unread_counter_delete" AFTER DELETE ON "Conversation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."status" = 'open' AND OLD."unreadCount" <> 0)
  EXECUTE FUNCTION "relaydesk_unread_counter"();

-- Backfill: today's totals, for every workspace (0 included, so the row exists).
INSERT INTO "WorkspaceInboxCounter" ("workspaceId", "unreadOpen")
SELECT w."id", coalesce((SELECT sum(c."unreadCount") FROM "Conversation" c WHERE c."workspaceId" = w."id" AND c."status" = 'open'), 0)::int
FROM "Workspace" w
ON CONFLICT ("workspaceId") DO UPDATE SET "unreadOpen" = excluded."unreadOpen";
