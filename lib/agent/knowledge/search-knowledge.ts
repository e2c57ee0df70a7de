// Knowledge retrieval for the agent: full-text search over the ready files of one workspace.
// Raw SQL because Prisma cannot express tsvector queries; it must (1) filter by workspace id
// itself — raw SQL bypasses the scoped client — and (2) use exactly the expression of the GIN
// index manual_KnowledgeChunk_text_fts (migration 20261128025402_agent_runtime), or Postgres
// falls back to scanning and re-parsing every chunk.
import type { KnowledgePassage } from '../engine/grounding';
import { db } from '../../db';
import { Prisma } from '../../generated/prisma/client';
import { knowledgeQueryTerms, toOrTsQuery } from './knowledge-query';

/**
 * ts_rank_cd normalisation: 2 divides by the passage's length in words, so a long chunk that
 * repeats one common question word ("how long…") does not outrank a short one that answers;
 * 32 maps the rank into 0–1 (rank / (rank + 1)).
 */
const rankNormalisation = 2 | 32;
const maxLimit = 50;

type Row = { chunkId: string; fileId: string; fileName: string; heading: string | null; text: string; rank: number };

export async function searchKnowledge(options: { workspaceId: string; query: string; limit: number }): Promise<KnowledgePassage[]> {
  const terms = knowledgeQueryTerms(options.query);
  const limit = Number.isFinite(options.limit) ? Math.min(Math.max(Math.trunc(options.limit), 0), maxLimit) : 0;
  if (!terms.length || limit === 0) return [];
  const rows = await db.$queryRaw<Row[]>(knowledgeSearchSql({ workspaceId: options.workspaceId, tsQuery: toOrTsQuery(terms), limit }));
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}

/** The search statement; exported so a test can EXPLAIN exactly this query. */
export function knowledgeSearchSql(options: { workspaceId: string; tsQuery: string; limit: number }): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id"::text AS "chunkId", c."fileId"::text AS "fileId", f."name" AS "fileName", c."heading", c."text",
      ts_rank_cd(to_tsvector('simple', coalesce(c."heading", '') || ' ' || c."text"), q.query, ${rankNormalisation}::int)::float8 AS "rank"
    FROM "KnowledgeChunk" c
    JOIN "KnowledgeFile" f ON f."id" = c."fileId" AND f."workspaceId" = c."workspaceId"
    CROSS JOIN to_tsquery('simple', ${options.tsQuery}) AS q(query)
    WHERE c."workspaceId" = ${options.workspaceId}::uuid
      AND f."status" = 'ready'
      AND to_tsvector('simple', coalesce(c."heading", '') || ' ' || c."text") @@ q.query
    ORDER BY "rank" DESC, f."createdAt" DESC, c."ordinal" ASC
    LIMIT ${options.limit}::int`;
}
