// The inbox search's SQL pieces. Both plans match the same two things — the conversation's
// message text and its contact's names (edited displayName, Meta profile name, username; for a
// merged identity also its person's, on the primary contact) — and give the same answer (a test
// compares them).
//
// The set plan reads two GIN indexes whose entries carry the workspace: relaydesk_search_document
// (migration *_inbox_search_at_scale) prefixes every lexeme of to_tsvector('simple', …) with the
// workspace id, and relaydesk_search_query prefixes the query's lexemes the same way. A prefix
// search ("refu" → 'refu':*) then scans only this workspace's entries; on a plain index, or one
// that merely starts with "workspaceId" (btree_gin), it collects every workspace's matching
// entries first (docs/benchmarks.md). The expressions below must stay byte-identical to the
// indexes manual_Message_search_idx and manual_Contact_search_idx.
//
// relaydesk_search_query is declared PARALLEL UNSAFE so that a search statement never gets a
// parallel plan: worker start-up made the capped set plan 4–5× slower on short searches.
//
// `tsquery` is always the output of buildSearchTsquery, passed as a bound parameter.
import { Prisma } from '../generated/prisma/client';

const messageDocument = Prisma.sql`relaydesk_search_document(m."workspaceId", m."text")`;
const contactText = Prisma.sql`coalesce(ct."displayName", '') || ' ' || coalesce(ct."name", '') || ' ' || coalesce(ct."username", '')`;
const contactDocument = Prisma.sql`relaydesk_search_document(ct."workspaceId", ${contactText})`;
const scopedQuery = (workspaceId: string, tsquery: string) => Prisma.sql`relaydesk_search_query(${workspaceId}::uuid, to_tsquery('simple', ${tsquery}))`;

/**
 * The CTEs `search_message_matches` and `search_contact_matches` (column `id`: conversation ids,
 * repeated once per matching message), at most `cap` rows each when a cap is given.
 *
 * The workspace check is written `(… = …) is true` on purpose: it is a row check the planner
 * cannot turn into a scan of the workspace's btree index. As a plain `=` the planner ANDs the
 * search index with "every message of this workspace" (200k entries in the large bench tenant)
 * although the search entries already carry the workspace: a rare prefix took 12 ms, not 0.5 ms.
 */
export function searchMatchCtesSql(workspaceId: string, tsquery: string, cap: number | null): Prisma.Sql {
  const limit = cap === null ? Prisma.empty : Prisma.sql`limit ${cap}`;
  return Prisma.sql`search_message_matches as materialized (
      select m."conversationId" as id from "Message" m
       where (m."workspaceId" = ${workspaceId}::uuid) is true and ${messageDocument} @@ ${scopedQuery(workspaceId, tsquery)}
       ${limit}
    ), search_contact_matches as materialized (
      select c2.id from "Contact" ct
        join "Contact" mb on mb."workspaceId" = ${workspaceId}::uuid and (mb.id = ct.id or mb."mergedIntoId" = ct.id)
        join "Conversation" c2 on c2."contactId" = mb.id and c2."workspaceId" = ${workspaceId}::uuid
       where (ct."workspaceId" = ${workspaceId}::uuid) is true and ${contactDocument} @@ ${scopedQuery(workspaceId, tsquery)}
       ${limit}
    )`;
}

/** Inside a statement that defines searchMatchCtesSql: the conversation `c` matched. */
export const matchedConversationSql = Prisma.sql`c.id in (select id from search_message_matches union select id from search_contact_matches)`;

/** True when either CTE reached `cap`, i.e. the matches may be incomplete. */
export function searchMatchesCappedSql(cap: number): Prisma.Sql {
  return Prisma.sql`((select count(*) from search_message_matches) >= ${cap} or (select count(*) from search_contact_matches) >= ${cap})`;
}

/**
 * Per conversation (alias `c`, with "contactId"): does this one match? Evaluated while walking
 * the inbox's own order it recomputes to_tsvector for the conversation's messages (no index
 * needed: same lexemes, same truth as the set plan) and stops as soon as a page is full, so a
 * term in many conversations ("refund", a one-letter prefix) costs about as much as a plain list.
 */
export function conversationMatchesSql(workspaceId: string, tsquery: string): Prisma.Sql {
  const query = Prisma.sql`to_tsquery('simple', ${tsquery})`;
  return Prisma.sql`(exists (
      select 1 from "Message" m
       where m."workspaceId" = ${workspaceId}::uuid and m."conversationId" = c.id
         and to_tsvector('simple', left(coalesce(m."text", ''), 50000)) @@ ${query}
    ) or exists (
      select 1 from "Contact" ct
       where ct."workspaceId" = ${workspaceId}::uuid
         and (ct.id = c."contactId" or ct.id = (select mb."mergedIntoId" from "Contact" mb where mb.id = c."contactId" and mb."workspaceId" = ${workspaceId}::uuid))
         and to_tsvector('simple', ${contactText}) @@ ${query}
    ))`;
}
