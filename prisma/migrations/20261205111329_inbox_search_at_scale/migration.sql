-- The inbox at a million messages (docs/benchmarks.md, "Inbox list and search"). Hand-written
-- objects are named manual_* (the Prisma schema cannot express them, and the drift test skips them).
-- Nothing here needs an extension or superuser rights: it runs on any PostgreSQL 14 or newer.
--
-- Every CREATE INDEX says IF NOT EXISTS so that an operator with a large database can build
-- them beforehand with CREATE INDEX CONCURRENTLY (same names and definitions) and deploy without
-- holding a write lock while they build (docs/scaling.md, "Migrations on a large database").

-- Full-text search scoped to the workspace, prefix searches included.
-- relaydesk_search_document is to_tsvector('simple', document) with every lexeme prefixed by the
-- workspace id (32 hex digits), and relaydesk_search_query prefixes the lexemes of a query the same
-- way. A GIN index over the first then holds each workspace in its own key range: a word or a
-- prefix ('refu':*) reads only the entries of that workspace. The global indexes they replace,
-- and even a btree_gin index starting with "workspaceId", collect the matching entries of every
-- workspace for a prefix before the workspace filter applies.
-- Guards, because an index expression that throws would make the INSERT of a message fail:
-- documents are cut at 50,000 characters (Meta texts are at most 4,096) and lexemes over 2,000
-- bytes are left out, so a prefixed vector can never exceed the tsvector limits.
-- lib/inbox/conversation-search-sql.ts repeats these expressions byte for byte.
CREATE OR REPLACE FUNCTION relaydesk_search_document(workspace uuid, document text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT coalesce(string_agg(
           '''' || replace(workspace::text, '-', '') || replace(replace(t.lexeme, '\', '\\'), '''', '''''') || ''':'
             || array_to_string(t.positions, ','),
           ' '), '')::tsvector
    FROM unnest(to_tsvector('simple', left(coalesce(document, ''), 50000))) AS t
   WHERE octet_length(t.lexeme) <= 2000
$fn$;

-- PARALLEL UNSAFE on purpose (the function itself is harmless): a statement that calls it gets no
-- parallel plan. Searches are short OLTP statements, and for them the planner picked parallel
-- bitmap scans whose worker start-up made a 9 ms query take 41 ms (docs/benchmarks.md).
CREATE OR REPLACE FUNCTION relaydesk_search_query(workspace uuid, query tsquery) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL UNSAFE AS $fn$
  SELECT regexp_replace(query::text, '''((?:[^'']|'''')*)''', '''' || replace(workspace::text, '-', '') || '\1''', 'g')::tsquery
$fn$;

CREATE INDEX IF NOT EXISTS "manual_Message_search_idx" ON "Message"
  USING GIN (relaydesk_search_document("workspaceId", "text"));
DROP INDEX IF EXISTS "manual_Message_text_fts";

CREATE INDEX IF NOT EXISTS "manual_Contact_search_idx" ON "Contact"
  USING GIN (relaydesk_search_document("workspaceId", coalesce("name", '') || ' ' || coalesce("username", '')));
DROP INDEX IF EXISTS "manual_Contact_name_fts";

-- DropIndex
DROP INDEX "Conversation_inbox_order_idx";

-- The inbox order, now covering the columns the list filters and the quick-filter counts read
-- (channel, assignee) and the search walk joins on (contact): index-only scans, no heap visits.
CREATE INDEX IF NOT EXISTS "manual_Conversation_inbox_order_idx" ON "Conversation"
  ("workspaceId", "status", "needsHuman" DESC, "lastMessageAt" DESC, "id" DESC)
  INCLUDE ("channelId", "assigneeId", "contactId");

-- "AI draft waiting": pending drafts only, so the filter, the row marker and its count never
-- read the workspace history of approved and discarded drafts.
CREATE INDEX IF NOT EXISTS "manual_ReplyDraft_pending_idx" ON "ReplyDraft" ("workspaceId", "conversationId")
  WHERE status = 'pending';
