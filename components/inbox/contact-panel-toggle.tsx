'use client';
import { setContactPanelOpen, useContactPanelOpen } from './contact-panel-store';

/** "Contact" in the pane header below lg, where the panel is a slide-over instead of a column. */
export function ContactPanelToggle() {
  const open = useContactPanelOpen();
  return (
    <button
      type="button"
      onClick={() => setContactPanelOpen(!open)}
      aria-expanded={open}
      aria-controls="contact-panel"
      className="shrink-0 rounded-lg px-2.5 py-1.5 text-xs font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 lg:hidden"
    >
      Contact
    </button>
  );
}
