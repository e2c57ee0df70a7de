-- CreateTable
CREATE TABLE "WorkspaceInboxCounter" (
    "workspaceId" UUID NOT NULL,
    "unreadOpen" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WorkspaceInboxCounter_pkey" PRIMARY KEY ("workspaceId")
);

-- AddForeignKey
ALTER TABLE "WorkspaceInboxCounter" ADD CONSTRAINT "WorkspaceInboxCounter_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The counter is kept by the database itself, in the statement that changes a conversation's
-- unreadCount or status (an inbound message, a read marker, close/snooze/reopen, bulk actions,
-- deletion and erasure alike), so no code path can forget it. Statement-level triggers with
-- transition tables: one counter update per statement and workspace, taken after every row of
-- the statement is locked (a row-level trigger would lock the counter after the first row and
-- could deadlock with a concurrent single-row update of a later row), and none at all when the
-- statement does not change the total (most updates: previews, assignment, timestamps).
-- The insert goes through "Workspace" so a cascade from a workspace being deleted adds no row.
-- The migration runner (Prisma's schema engine, wasm) splits a script on every semicolon, dollar
-- quotes included, so the PL/pgSQL bodies are E'' strings with \073 for the semicolon and '' for quotes.
CREATE FUNCTION "relaydesk_apply_unread_deltas"(deltas jsonb) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO "WorkspaceInboxCounter" ("workspaceId", "unreadOpen")
  SELECT w."id", d."delta"
  FROM (
    SELECT (e->>'workspaceId')::uuid AS "workspaceId", sum((e->>'delta')::int)::int AS "delta"
    FROM jsonb_array_elements(deltas) e GROUP BY 1
  ) d
  JOIN "Workspace" w ON w."id" = d."workspaceId"
  WHERE d."delta" <> 0
  ORDER BY w."id"
  ON CONFLICT ("workspaceId") DO UPDATE SET "unreadOpen" = "WorkspaceInboxCounter"."unreadOpen" + excluded."unreadOpen"
$fn$;

CREATE FUNCTION "relaydesk_unread_counter_insert"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "relaydesk_apply_unread_deltas"(coalesce((
    SELECT jsonb_agg(jsonb_build_object(''workspaceId'', "workspaceId", ''delta'', "unreadCount"))
    FROM new_rows WHERE "status" = ''open'' AND "unreadCount" <> 0), ''[]''::jsonb))\073
  RETURN NULL\073
END ';

CREATE FUNCTION "relaydesk_unread_counter_update"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "relaydesk_apply_unread_deltas"(coalesce((
    SELECT jsonb_agg(jsonb_build_object(''workspaceId'', x."workspaceId", ''delta'', x."delta"))
    FROM (
      SELECT "workspaceId", "unreadCount" AS "delta" FROM new_rows WHERE "status" = ''open'' AND "unreadCount" <> 0
      UNION ALL
      SELECT "workspaceId", -"unreadCount" FROM old_rows WHERE "status" = ''open'' AND "unreadCount" <> 0
    ) x), ''[]''::jsonb))\073
  RETURN NULL\073
END ';

CREATE FUNCTION "relaydesk_unread_counter_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "relaydesk_apply_unread_deltas"(coalesce((
    SELECT jsonb_agg(jsonb_build_object(''workspaceId'', "workspaceId", ''delta'', -"unreadCount"))
    FROM old_rows WHERE "status" = ''open'' AND "unreadCount" <> 0), ''[]''::jsonb))\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Conversation_unread_counter_insert" AFTER INSERT ON "Conversation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "relaydesk_unread_counter_insert"();
CREATE TRIGGER "Conversation_unread_counter_update" AFTER UPDATE ON "Conversation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "relaydesk_unread_counter_update"();
CREATE TRIGGER "Conversation_unread_counter_delete" AFTER DELETE ON "Conversation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "relaydesk_unread_counter_delete"();

-- Backfill: today's totals, for every workspace (0 included, so the row exists).
INSERT INTO "WorkspaceInboxCounter" ("workspaceId", "unreadOpen")
SELECT w."id", coalesce((SELECT sum(c."unreadCount") FROM "Conversation" c WHERE c."workspaceId" = w."id" AND c."status" = 'open'), 0)::int
FROM "Workspace" w
ON CONFLICT ("workspaceId") DO UPDATE SET "unreadOpen" = excluded."unreadOpen";
