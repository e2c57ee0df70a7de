// The inbox's keyboard shortcuts: one table drives the key handler and the "?" help dialog.
export type ShortcutAction = 'next' | 'previous' | 'reply' | 'close' | 'assign' | 'label' | 'take-over' | 'help';

export const inboxShortcuts: readonly { action: ShortcutAction; keys: readonly string[]; label: string }[] = [
  { action: 'next', keys: ['j'], label: 'Next conversation' },
  { action: 'previous', keys: ['k'], label: 'Previous conversation' },
  { action: 'reply', keys: ['r'], label: 'Reply' },
  { action: 'close', keys: ['e'], label: 'Close conversation' },
  { action: 'assign', keys: ['a'], label: 'Assign' },
  { action: 'label', keys: ['l'], label: 'Labels' },
  { action: 'take-over', keys: ['t'], label: 'Take over from the AI' },
  { action: 'help', keys: ['?'], label: 'Show shortcuts' },
];

const byKey = new Map(inboxShortcuts.flatMap((s) => s.keys.map((key) => [key, s.action] as const)));

/** The action for a KeyboardEvent.key; `J` (Shift) is not `j`, so only exact keys match. */
export function shortcutForKey(key: string): ShortcutAction | null {
  return byKey.get(key) ?? null;
}
