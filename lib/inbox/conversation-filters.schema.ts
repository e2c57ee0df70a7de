// The inbox's URL query (/inbox?status=open&assignee=me&q=…), parsed by the page and by
// listConversations alike. Anything malformed falls back to its default instead of erroring,
// so a hand-edited or stale shared link still opens the inbox.
import { z } from 'zod';
import { withoutUnstorableCharacters } from '../validation/unstorable-text';

export const conversationStatuses = ['open', 'pending', 'snoozed', 'closed'] as const;
export const conversationHandlings = ['ai_auto', 'ai_draft', 'human'] as const;
/**
 * The handling filter: the three modes, plus `draft_waiting` — "AI draft waiting", i.e. a pending
 * AI draft needs an operator's decision. A separate value rather than redefining `ai_draft`, so
 * "every conversation in draft mode" stays expressible.
 */
export const handlingFilterValues = [...conversationHandlings, 'draft_waiting'] as const;
export const channelTypes = ['instagram', 'messenger', 'whatsapp'] as const;

// NUL bytes and lone surrogates are dropped from every parameter: Postgres cannot take them
// (issue 12: a NUL in the search was a 500).
const blankToUndefined = (raw: unknown) => {
  const value = typeof raw === 'string' ? withoutUnstorableCharacters(raw) : raw;
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
};

export const conversationFiltersSchema = z.object({
  /** A channel id, or a channel type (every channel of that type). */
  channel: z.preprocess(blankToUndefined, z.union([z.enum(channelTypes), z.uuid()]).optional()).catch(undefined),
  status: z.preprocess(blankToUndefined, z.enum(conversationStatuses).default('open')).catch('open'),
  /** me | unassigned | anyone | a member's user id. */
  assignee: z.preprocess(blankToUndefined, z.union([z.enum(['me', 'unassigned', 'anyone']), z.uuid()]).default('anyone')).catch('anyone'),
  handling: z.preprocess(blankToUndefined, z.enum(handlingFilterValues).optional()).catch(undefined),
  label: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  /** Only conversations the AI escalated ("1"). They always sort first anyway. */
  needsHuman: z.preprocess(blankToUndefined, z.literal('1').optional()).catch(undefined),
  q: z.preprocess((v) => (typeof v === 'string' ? blankToUndefined(v.trim()) : v), z.string().min(1).max(200).optional()).catch(undefined),
});

export type ConversationFilters = z.infer<typeof conversationFiltersSchema>;

/** Page-only params next to the filters: the keyset cursor and the selected conversation. */
export const inboxPageParamsSchema = conversationFiltersSchema.extend({
  cursor: z.preprocess(blankToUndefined, z.string().max(300).optional()).catch(undefined),
  c: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  /** The open conversation's thread cursor ("Load earlier"); see lib/inbox/thread-cursor.ts. */
  before: z.preprocess(blankToUndefined, z.string().max(200).optional()).catch(undefined),
});
