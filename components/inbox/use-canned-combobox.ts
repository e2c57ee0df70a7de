'use client';
// `/` at the start of a word opens the canned-response listbox (ARIA combobox on the textarea):
// arrows move, Enter/Tab insert, Esc closes.
import { useMemo, useState } from 'react';
import type { CannedResponseItem } from '@/lib/inbox/canned-responses/list-canned-responses';
import { filterCannedResponses, insertCannedResponse, parseSlashQuery } from '@/lib/inbox/canned-responses/parse-slash-query';

export function useCannedCombobox(options: { items: CannedResponseItem[]; text: string; caret: number; listboxId: string; onInsert: (text: string, caret: number) => void }) {
  const { items, text, caret } = options;
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const slash = useMemo(() => parseSlashQuery(text, caret), [text, caret]);
  const matches = useMemo(() => (slash ? filterCannedResponses(items, slash.query) : []), [items, slash]);
  const open = Boolean(slash && matches.length > 0 && dismissedAt !== slash.start);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (i: number) => `${options.listboxId}-option-${i}`;

  function choose(index: number) {
    const item = matches[index];
    if (!slash || !item) return;
    const next = insertCannedResponse(text, slash, item.body);
    setActive(0);
    options.onInsert(next.text, next.caret);
  }

  /** Returns true when the key was the combobox's. */
  function onKeyDown(event: React.KeyboardEvent): boolean {
    if (!open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + matches.length) % matches.length);
      return true;
    }
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      event.preventDefault();
      choose(activeIndex);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(slash?.start ?? null);
      return true;
    }
    return false;
  }

  return {
    open, matches, activeIndex, choose, onKeyDown, optionId,
    setActive,
    inputProps: {
      role: 'combobox' as const, 'aria-autocomplete': 'list' as const, 'aria-expanded': open, 'aria-controls': options.listboxId,
      'aria-activedescendant': open ? optionId(activeIndex) : undefined,
    },
  };
}
