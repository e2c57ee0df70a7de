-- Contact search at scale (docs/benchmarks.md, "Contacts search"). Hand-written objects are
-- named manual_* (the Prisma schema cannot express them, and the drift test skips them). Every
-- CREATE INDEX says IF NOT EXISTS so an operator can build them beforehand with
-- CREATE INDEX CONCURRENTLY (docs/scaling.md, "Migrations on a large database").

-- /contacts searches substrings (ILIKE '%ann%') of names, handles and emails, and digits of
-- phone numbers and WhatsApp ids: a btree cannot answer those, trigram GIN indexes can.
-- pg_trgm and btree_gin are "trusted" extensions (PostgreSQL 13+): a database owner without
-- superuser rights may create them. btree_gin lets "workspaceId" sit in the same GIN index, so
-- the scan intersects the term's trigrams with this workspace's entries inside the index
-- instead of visiting every workspace's matching rows on the heap.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- lib/contacts/contact-search-sql.ts repeats these two expressions exactly (the planner matches
-- an expression index only on an identical expression). The newline separator keeps a search
-- from matching across two fields.
CREATE INDEX IF NOT EXISTS "manual_Contact_text_trgm_idx" ON "Contact" USING GIN (
  "workspaceId",
  (coalesce("displayName", '') || E'\n' || coalesce("name", '') || E'\n' || coalesce("username", '') || E'\n' || coalesce("email", '')) gin_trgm_ops
);
CREATE INDEX IF NOT EXISTS "manual_Contact_digits_trgm_idx" ON "Contact" USING GIN (
  "workspaceId",
  (regexp_replace(coalesce("phone", ''), '\D', '', 'g') || E'\n' || "externalId") gin_trgm_ops
);

-- The inbox search now also finds a contact by the name an operator gave them (displayName):
-- the contact document gains it (lib/inbox/conversation-search-sql.ts repeats the expression).
DROP INDEX IF EXISTS "manual_Contact_search_idx";
CREATE INDEX IF NOT EXISTS "manual_Contact_search_idx" ON "Contact"
  USING GIN (relaydesk_search_document("workspaceId", coalesce("displayName", '') || ' ' || coalesce("name", '') || ' ' || coalesce("username", '')));
