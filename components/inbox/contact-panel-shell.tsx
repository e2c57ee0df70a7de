'use client';
// The contact panel's frame: a right-hand column from lg up; below lg a modal slide-over
// (focus moves in, Tab stays inside, Esc or the backdrop closes it, focus returns to the toggle).
import { useEffect, useRef } from 'react';
import { setContactPanelOpen, useContactPanelOpen } from './contact-panel-store';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ContactPanelShell({ conversationId, children }: { conversationId: string; children: React.ReactNode }) {
  const open = useContactPanelOpen();
  const panel = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  // Another conversation: start closed.
  useEffect(() => () => setContactPanelOpen(false), [conversationId]);

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setContactPanelOpen(false);
        return;
      }
      if (event.key !== 'Tab' || !panel.current) return;
      const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    // From lg up the panel is a plain column: the modal behaviour turns itself off.
    const wide = window.matchMedia('(min-width: 64rem)');
    const onWide = () => wide.matches && setContactPanelOpen(false);
    document.addEventListener('keydown', onKey);
    wide.addEventListener('change', onWide);
    return () => {
      document.removeEventListener('keydown', onKey);
      wide.removeEventListener('change', onWide);
      opener?.focus?.();
    };
  }, [open]);

  return (
    <>
      {open ? <div aria-hidden className="fixed inset-0 z-40 bg-slate-900/40 lg:hidden" onClick={() => setContactPanelOpen(false)} /> : null}
      <aside
        ref={panel}
        id="contact-panel"
        aria-labelledby="contact-panel-heading"
        {...(open ? { role: 'dialog', 'aria-modal': true } : {})}
        className={`${open ? 'fixed inset-y-0 right-0 z-50 flex w-[min(22rem,100%)] shadow-xl' : 'hidden'} flex-col overflow-y-auto border-l border-slate-200 bg-white lg:static lg:z-auto lg:flex lg:w-72 lg:shrink-0 lg:shadow-none`}
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
          <h2 id="contact-panel-heading" className="text-sm font-bold text-slate-900">Contact</h2>
          <button
            ref={closeButton}
            type="button"
            onClick={() => setContactPanelOpen(false)}
            className="rounded-md px-2 py-1 text-xs font-semibold text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 lg:hidden"
          >
            Close<span className="sr-only"> contact panel</span>
          </button>
        </div>
        {children}
      </aside>
    </>
  );
}
