/** Longest AI draft (and edited draft) the inbox accepts; Instagram caps a DM at 1,000 bytes, Messenger at 2,000 characters. */
export const REPLY_DRAFT_MAX_CHARS = 2000;
