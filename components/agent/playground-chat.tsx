'use client';
// The playground conversation: the owner writes as a customer, the agent answers through the
// server action with the saved settings or the Settings form's unsaved changes (read from
// sessionStorage and validated here and again on the server). The conversation lives only in
// this component: nothing is stored, nothing reaches Meta.
import Link from 'next/link';
import { useId, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { inputClass, labelClass } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/actions/action-result';
import { readSettingsDraft, type SettingsDraft } from '@/lib/agent/playground/settings-draft';
import type { PlaygroundAnswer } from '@/lib/agent/playground/run-playground-turn';
import { PlaygroundAnswerView } from './playground-answer';
import { buttonClass } from './agent-form-controls';

type AskAction = (prev: ActionResult<PlaygroundAnswer>, formData: FormData) => Promise<ActionResult<PlaygroundAnswer>>;
export type PlaygroundChannel = { id: string; label: string; type: 'instagram' | 'messenger' | 'whatsapp' };

type PlaygroundTurn = { role: 'customer' | 'business'; text: string; at: string; unresolved?: boolean };
export type Entry =
  | { kind: 'customer'; id: number; text: string; at: string }
  | { kind: 'agent'; id: number; at: string; answer: PlaygroundAnswer }
  | { kind: 'error'; id: number; message: string; details: string[] };

/** The conversation as the server action expects it: agent replies (and handoff messages) are business turns. */
export function entriesToTurns(entries: readonly Entry[]): PlaygroundTurn[] {
  return entries.flatMap((entry): PlaygroundTurn[] => {
    if (entry.kind === 'customer') return [{ role: 'customer', text: entry.text, at: entry.at }];
    if (entry.kind !== 'agent') return [];
    const { result } = entry.answer;
    if (result.action === 'reply') return [{ role: 'business', text: result.text, at: entry.at, unresolved: result.unresolved }];
    return result.customerMessage ? [{ role: 'business', text: result.customerMessage, at: entry.at, unresolved: false }] : [];
  });
}

/** "draftSettings.products.0.price" → "products.0.price: …" for the list of problems with unsaved changes. */
export function describeFieldErrors(fieldErrors: Record<string, string[]> | undefined): string[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([path, messages]) => messages.map((message) => `${path.replace(/^draftSettings\.?/, '') || 'settings'}: ${message}`));
}

const subscribeToStorage = (onChange: () => void) => {
  window.addEventListener('storage', onChange);
  window.addEventListener('focus', onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener('focus', onChange);
  };
};

export function PlaygroundChat({ action, channels, draftKey, savedVersion, initialSource }: {
  action: AskAction;
  channels: PlaygroundChannel[];
  draftKey: string;
  savedVersion: number;
  initialSource: 'saved' | 'draft';
}) {
  const baseId = useId();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [message, setMessage] = useState('');
  const [source, setSource] = useState(initialSource);
  const [channelId, setChannelId] = useState('');
  const [commentThread, setCommentThread] = useState(false);
  const [pending, startTransition] = useTransition();
  const nextId = useRef(1);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  // sessionStorage is read after hydration (the server has no session storage): null on the server.
  const rawDraft = useSyncExternalStore(
    subscribeToStorage,
    () => {
      try {
        return window.sessionStorage.getItem(draftKey) ?? '';
      } catch {
        return '';
      }
    },
    () => null,
  );
  const draft: SettingsDraft | null = useMemo(() => (rawDraft === null ? null : readSettingsDraft(rawDraft)), [rawDraft]);
  const channel = channels.find((c) => c.id === channelId);
  const commentsPossible = !channel || channel.type === 'instagram';
  const draftUsable = source === 'saved' || draft?.status === 'ready';

  function send(text: string) {
    const trimmed = text.trim();
    if (!trimmed || pending || !draftUsable) return;
    const customer: Entry = { kind: 'customer', id: nextId.current++, text: trimmed, at: new Date().toISOString() };
    const conversation = [...entries, customer];
    setEntries(conversation);
    setMessage('');
    const form = new FormData();
    form.set('turns', JSON.stringify(entriesToTurns(conversation)));
    form.set('settingsSource', source);
    if (source === 'draft' && draft?.status === 'ready') form.set('draftSettings', JSON.stringify(draft.settings));
    if (channelId) form.set('channelId', channelId);
    form.set('commentThread', String(commentThread && commentsPossible));
    startTransition(async () => {
      let entry: Entry;
      try {
        const result = await action({ ok: false, error: '' }, form);
        entry = result.ok && result.data
          ? { kind: 'agent', id: nextId.current++, at: new Date().toISOString(), answer: result.data }
          : { kind: 'error', id: nextId.current++, message: result.ok ? 'The agent returned nothing.' : result.error, details: result.ok ? [] : describeFieldErrors(result.fieldErrors) };
      } catch {
        entry = { kind: 'error', id: nextId.current++, message: 'The playground could not reach the server. Check your connection and try again.', details: [] };
      }
      setEntries((current) => [...current, entry]);
      inputRef.current?.focus();
    });
  }

  return (
    <div className="space-y-4">
      <fieldset className="grid gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 sm:p-5">
        <legend className="sr-only">Playground options</legend>
        <div role="radiogroup" aria-labelledby={`${baseId}-source`} className="space-y-2 sm:col-span-2">
          <p id={`${baseId}-source`} className={labelClass}>Settings to use</p>
          <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name={`${baseId}-source`} checked={source === 'saved'} onChange={() => setSource('saved')} className="size-4 text-brand-600" />
              Saved settings {savedVersion > 0 ? `(version ${savedVersion})` : '(defaults, never saved)'}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name={`${baseId}-source`} checked={source === 'draft'} onChange={() => setSource('draft')} className="size-4 text-brand-600" />
              Unsaved changes from Settings
            </label>
          </div>
          {source === 'draft' ? <DraftStatus draft={draft} /> : null}
        </div>
        <div>
          <label htmlFor={`${baseId}-channel`} className={labelClass}>Channel</label>
          <select id={`${baseId}-channel`} value={channelId} onChange={(event) => setChannelId(event.target.value)} aria-describedby={`${baseId}-channel-hint`} className={`mt-1 shadow-sm ${inputClass}`}>
            <option value="">No particular channel</option>
            {channels.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
          <p id={`${baseId}-channel-hint`} className="mt-1 text-xs text-slate-500">A channel’s override (mode, instructions) applies when you pick it.</p>
        </div>
        <div className="flex items-start gap-2 sm:pt-6">
          <input
            id={`${baseId}-comment`}
            type="checkbox"
            role="switch"
            checked={commentThread && commentsPossible}
            disabled={!commentsPossible}
            onChange={(event) => setCommentThread(event.target.checked)}
            aria-describedby={`${baseId}-comment-hint`}
            className="mt-0.5 size-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
          />
          <div>
            <label htmlFor={`${baseId}-comment`} className="text-sm font-medium text-slate-700">Comment thread</label>
            <p id={`${baseId}-comment-hint`} className="text-xs text-slate-500">{commentsPossible ? 'Answer as if the message were an Instagram comment (your comment rules apply).' : 'Instagram channels only.'}</p>
          </div>
        </div>
      </fieldset>

      <section aria-label="Conversation" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <ol aria-live="polite" className="space-y-3 p-4 sm:p-5">
          {entries.length === 0 ? (
            <li className="rounded-lg bg-slate-50 px-3 py-6 text-center text-sm text-slate-600">Write as a customer would, e.g. “How much is the candle?” or “Are you a bot?”. Nothing is stored or sent to Meta.</li>
          ) : null}
          {entries.map((entry) => (
            <li key={entry.id} className={entry.kind === 'customer' ? 'flex justify-end' : 'flex justify-start'}>
              {entry.kind === 'customer' ? (
                <div className="max-w-[85%] rounded-2xl rounded-br-sm bg-brand-600 px-3 py-2 text-sm text-white">
                  <span className="sr-only">Customer: </span>
                  <span className="whitespace-pre-wrap break-words">{entry.text}</span>
                </div>
              ) : entry.kind === 'agent' ? (
                <article aria-label="Assistant answer" className="w-full max-w-[95%] rounded-2xl rounded-bl-sm bg-white p-3 ring-1 ring-slate-200 sm:max-w-[85%]">
                  <PlaygroundAnswerView answer={entry.answer} />
                </article>
              ) : (
                <div role="alert" className="w-full max-w-[95%] rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 sm:max-w-[85%]">
                  <p>{entry.message}</p>
                  {entry.details.length ? (
                    <ul className="mt-1 list-disc pl-5 text-xs">
                      {entry.details.map((detail) => <li key={detail}>{detail}</li>)}
                    </ul>
                  ) : null}
                </div>
              )}
            </li>
          ))}
          {pending ? (
            <li className="flex justify-start">
              <p role="status" className="animate-pulse rounded-2xl bg-slate-100 px-3 py-2 text-sm text-slate-600">The agent is thinking…</p>
            </li>
          ) : null}
        </ol>

        <form
          className="flex flex-col gap-2 border-t border-slate-200 p-3 sm:flex-row sm:items-end"
          onSubmit={(event) => {
            event.preventDefault();
            send(message);
          }}
        >
          <div className="min-w-0 flex-1">
            <label htmlFor={`${baseId}-message`} className="sr-only">Message as the customer</label>
            <textarea
              id={`${baseId}-message`}
              ref={inputRef}
              rows={2}
              maxLength={2000}
              value={message}
              placeholder="Message as the customer (Enter sends, Shift+Enter for a new line)"
              onChange={(event) => setMessage(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                  event.preventDefault();
                  send(message);
                }
              }}
              className={`shadow-sm ${inputClass}`}
            />
          </div>
          <div className="flex gap-2">
            <button
              type="submit"
              disabled={pending || !message.trim() || !draftUsable}
              className="inline-flex flex-1 items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60 sm:flex-none"
            >
              {pending ? 'Sending…' : 'Send'}
            </button>
            <button
              type="button"
              disabled={pending || entries.length === 0}
              onClick={() => {
                setEntries([]);
                inputRef.current?.focus();
              }}
              className={`${buttonClass} bg-white px-4 py-2.5 text-sm text-slate-900 ring-slate-300 hover:bg-slate-50 disabled:opacity-50`}
            >
              Reset conversation
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}

function DraftStatus({ draft }: { draft: SettingsDraft | null }) {
  if (draft === null) return <p className="text-sm text-slate-600">Reading unsaved changes…</p>;
  const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (draft.status === 'ready') {
    return <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">Using your unsaved changes from {time(draft.savedAt)} (based on version {draft.baseVersion}). They are not saved until you save them in <Link href="/agent" className="font-medium underline">Settings</Link>.</p>;
  }
  if (draft.status === 'invalid') {
    return (
      <div role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
        <p>Your unsaved changes have errors, so the agent cannot use them. Fix them in <Link href="/agent" className="font-medium underline">Settings</Link>, or use the saved settings.</p>
        <ul className="mt-1 list-disc pl-5 text-xs">
          {describeFieldErrors(draft.fieldErrors).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </div>
    );
  }
  return (
    <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
      {draft.status === 'unreadable' ? 'The unsaved changes could not be read.' : 'There are no unsaved changes in this tab.'} Edit the agent in <Link href="/agent" className="font-medium underline">Settings</Link> (without saving) and come back with “Try in playground”, or use the saved settings.
    </p>
  );
}
