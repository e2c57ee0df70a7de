'use client';
// Whether the contact slide-over is open on small screens, shared by the header's toggle and
// the panel (they are rendered in different slots of the pane).
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

export function setContactPanelOpen(next: boolean) {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export function useContactPanelOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => open,
    () => false,
  );
}
