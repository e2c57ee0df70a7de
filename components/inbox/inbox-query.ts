import type { ConversationFilters } from '@/lib/inbox/conversation-filters.schema';

/** /inbox?… for the given filters, dropping defaults so shared links stay short. */
export function inboxHref(filters: Partial<ConversationFilters> & { cursor?: string; c?: string }): string {
  const entries = Object.entries(filters).filter(([key, value]) => {
    if (!value) return false;
    if (key === 'status' && value === 'open') return false;
    if (key === 'assignee' && value === 'anyone') return false;
    return true;
  }) as [string, string][];
  const query = new URLSearchParams(entries).toString();
  return query ? `/inbox?${query}` : '/inbox';
}
