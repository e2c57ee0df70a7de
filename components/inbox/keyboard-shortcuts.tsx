'use client';
// Inbox keyboard shortcuts. Controls opt in with `data-shortcut="<action>"`, so this component
// never needs to know how the header menus or the composer are built.
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { inboxShortcuts, shortcutForKey, type ShortcutAction } from './shortcut-keys';

export function KeyboardShortcuts() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');

  const run = useCallback(
    (action: ShortcutAction) => {
      if (action === 'help') {
        dialog.current?.showModal();
        return;
      }
      if (action === 'next' || action === 'previous') {
        const links = [...document.querySelectorAll<HTMLAnchorElement>('ul[aria-label="Conversations"] a[data-conversation-link]')];
        if (links.length === 0) return setMessage('No conversations in this view.');
        const current = links.findIndex((link) => link.getAttribute('aria-current') === 'page');
        const next = current === -1 ? 0 : Math.min(links.length - 1, Math.max(0, current + (action === 'next' ? 1 : -1)));
        const target = links[next];
        if (!target || next === current) return;
        target.focus();
        router.push(target.getAttribute('href') ?? '/inbox');
        return;
      }
      // The first visible control: some exist twice (desktop bar, phone menu, contact slide-over).
      const control = [...document.querySelectorAll<HTMLElement>(`[data-shortcut="${action}"]`)].find((el) => el.getClientRects().length > 0)
        ?? document.querySelector<HTMLElement>(`[data-shortcut="${action}"]`);
      if (!control) {
        return setMessage(action === 'reply' ? 'Open a conversation to reply.' : `“${inboxShortcuts.find((s) => s.action === action)?.label}” is not available here.`);
      }
      if (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement) control.focus();
      else if (control instanceof HTMLDetailsElement) {
        control.open = true;
        control.querySelector<HTMLElement>('[data-shortcut-focus]')?.focus();
      } else control.click();
    },
    [router],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (dialog.current?.open) return;
      const action = shortcutForKey(event.key);
      if (!action) return;
      event.preventDefault();
      setMessage('');
      run(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="hidden rounded-md px-1.5 py-0.5 text-xs font-semibold text-slate-600 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 md:inline-block"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
      <p role="status" aria-live="polite" className="sr-only">{message}</p>
      {message ? (
        <p className="fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-lg bg-slate-900 px-3 py-2 text-sm text-white shadow-lg" aria-hidden="true">
          {message}
        </p>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 shadow-xl backdrop:bg-slate-900/40"
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current.close();
        }}
      >
        <div className="p-5">
          <div className="flex items-center justify-between">
            <h2 id="shortcuts-title" className="text-base font-bold text-slate-900">Keyboard shortcuts</h2>
            <form method="dialog">
              <button className="rounded-md px-2 py-1 text-sm font-semibold text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">Close</button>
            </form>
          </div>
          <dl className="mt-4 divide-y divide-slate-100 text-sm">
            {inboxShortcuts.map((shortcut) => (
              <div key={shortcut.action} className="flex items-center justify-between py-2">
                <dt className="text-slate-700">{shortcut.label}</dt>
                <dd className="flex gap-1">
                  {shortcut.keys.map((key) => (
                    <kbd key={key} className="min-w-6 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs text-slate-800">{key}</kbd>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-xs text-slate-500">Shortcuts are off while you type in a field. Press Esc to leave a field.</p>
        </div>
      </dialog>
    </>
  );
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}
