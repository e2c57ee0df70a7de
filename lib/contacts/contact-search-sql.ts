// The contacts search's match: substrings of names, handles and emails, and digits of phone
// numbers and WhatsApp ids. The two documents below must stay identical to the expressions of
// manual_Contact_text_trgm_idx and manual_Contact_digits_trgm_idx (migration
// *_contact_search_indexes): the planner uses an expression index only for the same expression.
// Each document is a cheap, index-driven pre-filter; the per-field conditions after it decide.
import { Prisma } from '../generated/prisma/client';

/** `%`, `_` and `\` are literal in a search box. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const textDocument = (m: Prisma.Sql) =>
  Prisma.sql`(coalesce(${m}."displayName", '') || E'\\n' || coalesce(${m}."name", '') || E'\\n' || coalesce(${m}."username", '') || E'\\n' || coalesce(${m}."email", ''))`;
const digitsDocument = (m: Prisma.Sql) => Prisma.sql`(regexp_replace(coalesce(${m}."phone", ''), '\\D', '', 'g') || E'\\n' || ${m}."externalId")`;

/**
 * Ids of the people (primary contacts) with an identity matching `q` in the workspace: one
 * statement over the trigram indexes, instead of probing every person's identities in turn.
 */
export function matchingPeopleSql(workspaceId: string, q: string): Prisma.Sql {
  const m = Prisma.raw('m');
  const pattern = likePattern(q);
  const digits = q.replace(/\D/g, '');
  // A query that looks like a phone number also matches phone fields and WhatsApp ids whatever
  // the formatting ("+44 7700-900" finds 447700900123).
  const phoneLike = /^[+\d\s().-]+$/.test(q) && digits.length >= 3;
  const handle = q.startsWith('@') ? likePattern(q.slice(1)) : pattern;
  const digitsPattern = likePattern(digits);
  // One branch per index (UNION ALL): OR-ed together, the planner gave up on the indexes and
  // scanned the tenant's contacts (docs/benchmarks.md, "Contacts search").
  const branch = (condition: Prisma.Sql) => Prisma.sql`select coalesce(m."mergedIntoId", m.id) from "Contact" m where m."workspaceId" = ${workspaceId}::uuid and ${condition}`;
  const branches = handle === pattern
    ? [branch(Prisma.sql`${textDocument(m)} ilike ${pattern} and (m."displayName" ilike ${pattern} or m.name ilike ${pattern} or m.email ilike ${pattern} or m.username ilike ${pattern})`)]
    : [
        branch(Prisma.sql`${textDocument(m)} ilike ${pattern} and (m."displayName" ilike ${pattern} or m.name ilike ${pattern} or m.email ilike ${pattern})`),
        // "@ann" searches handles for "ann".
        branch(Prisma.sql`${textDocument(m)} ilike ${handle} and m.username ilike ${handle}`),
      ];
  if (phoneLike) {
    branches.push(branch(Prisma.sql`${digitsDocument(m)} like ${digitsPattern} and (
      regexp_replace(coalesce(m.phone, ''), '\\D', '', 'g') like ${digitsPattern}
      or (m."externalId" like ${digitsPattern} and m."channelId" in (select id from "Channel" where "workspaceId" = ${workspaceId}::uuid and type = 'whatsapp')))`));
  }
  return Prisma.join(branches, ' union all ');
}
