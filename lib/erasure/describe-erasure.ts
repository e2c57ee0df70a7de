// Erasure counts in words, for the status page, notices and the admin page.
import type { ErasureCounts } from './erasure-counts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeErasure(counts: Partial<ErasureCounts>): string {
  const parts = [
    counts.contacts ? plural(counts.contacts, 'contact') : null,
    counts.conversations ? plural(counts.conversations, 'conversation') : null,
    counts.messages ? plural(counts.messages, 'message') : null,
    counts.files ? plural(counts.files, 'stored file') : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing';
}
