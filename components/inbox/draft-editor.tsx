'use client';
// An AI draft to approve as is, edit then send (as the operator), or discard.
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { approveDraftAction, discardDraftAction } from '@/app/(app)/inbox/actions';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import type { ReplyProvenance as Provenance } from '@/lib/agent/runtime/agent-reply-provenance';
import { REPLY_DRAFT_MAX_CHARS } from '@/lib/inbox/drafts/reply-draft-limits';
import { ActionStatus } from './action-status';
import { ReplyProvenance } from './reply-provenance';

type Draft = { id: string; text: string; aiCanSend: boolean; operatorCanSend: boolean; reason: string | null; provenance?: Provenance | null };

const button = 'inline-flex items-center justify-center rounded-lg px-3 py-1.5 text-sm font-semibold shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60';

export function DraftEditor({ draft }: { draft: Draft }) {
  const router = useRouter();
  const [text, setText] = useState(draft.text);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Our own flags rather than useActionState's: its pending state lasts until the page has been
  // re-rendered after the action (seconds on a busy server), so the button read "Sending…" long
  // after the message was queued and its bubble was visible. Now the panel settles as soon as
  // the server answers, and the page refreshes in the background.
  const [busy, setBusy] = useState<'approving' | 'discarding' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [, startRefresh] = useTransition();
  const approving = busy === 'approving';
  const discarding = busy === 'discarding';
  const edited = text.trim() !== draft.text.trim();

  async function run(kind: 'approving' | 'discarding', action: typeof approveDraftAction, form: FormData) {
    setBusy(kind);
    setResult(null);
    let outcome: ActionResult;
    try {
      outcome = await action(initialActionResult, form);
    } catch {
      outcome = { ok: false, error: 'The server could not be reached. Try again.' };
    }
    setBusy(null);
    setResult(outcome);
    if (outcome.ok) {
      setDone(outcome.message ?? 'Done.');
      startRefresh(() => router.refresh());
    }
  }
  function approve(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    void run('approving', approveDraftAction, new FormData(event.currentTarget));
  }
  function discard(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    void run('discarding', discardDraftAction, new FormData(event.currentTarget));
  }

  if (done) {
    // Until the refreshed page drops the draft: what happened, instead of a form to click again.
    return (
      <section aria-labelledby={`draft-${draft.id}`} className="border-t border-sky-200 bg-sky-50/70 px-4 py-2.5">
        <p id={`draft-${draft.id}`} role="status" className="flex items-center gap-2 text-sm text-slate-800">
          <span className="rounded bg-violet-600 px-1.5 py-0.5 text-[11px] font-bold uppercase tracking-wide text-white">AI</span>
          <span className="sr-only">Suggested reply: </span>{done}
        </p>
      </section>
    );
  }
  // Outside the AI's window only a person's own words may go out (HUMAN_AGENT): the operator
  // must change the text, which makes it theirs.
  const mustEdit = !draft.aiCanSend && draft.operatorCanSend;
  const canSubmit = text.trim().length > 0 && (draft.aiCanSend || (mustEdit && edited));

  return (
    <section aria-labelledby={`draft-${draft.id}`} className="border-t border-sky-200 bg-sky-50/70 px-4 py-3">
      <div className="flex items-center gap-2">
        <span className="rounded bg-violet-600 px-1.5 py-0.5 text-[11px] font-bold uppercase tracking-wide text-white">AI</span>
        <h3 id={`draft-${draft.id}`} className="text-sm font-semibold text-slate-900">Suggested reply</h3>
        {edited ? <span className="text-xs text-slate-600">Edited: it will be sent as you</span> : null}
      </div>
      {draft.provenance ? <ReplyProvenance provenance={draft.provenance} className="mt-1" /> : null}
      {!draft.aiCanSend ? (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200">
          {draft.reason}{' '}
          {mustEdit ? 'The AI cannot send here; a reply you edit is sent as yours.' : 'Nothing can be sent in this conversation right now.'}
        </p>
      ) : null}
      <form onSubmit={approve} className="mt-2">
        <input type="hidden" name="draftId" value={draft.id} />
        <label htmlFor={`draft-text-${draft.id}`} className="sr-only">Suggested reply text</label>
        <textarea
          ref={textarea}
          id={`draft-text-${draft.id}`}
          name="text"
          value={text}
          onChange={(e) => { setText(e.target.value); setHint(null); }}
          rows={3}
          maxLength={REPLY_DRAFT_MAX_CHARS}
          className="block w-full resize-y rounded-lg border border-sky-200 bg-white px-3 py-2 text-sm text-slate-900 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
        />
        {hint ? <p className="mt-1 text-xs text-amber-900">{hint}</p> : null}
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {draft.aiCanSend || !draft.operatorCanSend ? (
            <button type="submit" disabled={busy !== null || !canSubmit} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
              {approving ? 'Sending…' : edited ? 'Send edited reply' : 'Approve & send'}
            </button>
          ) : (
            <button
              type="submit"
              disabled={busy !== null || !text.trim()}
              onClick={(e) => {
                if (!edited) {
                  e.preventDefault();
                  setHint('Change the text first: outside 24 hours Meta only accepts messages a person wrote.');
                  textarea.current?.focus();
                }
              }}
              className={`${button} bg-brand-600 text-white hover:bg-brand-700`}
            >
              {approving ? 'Sending…' : 'Edit & send as me'}
            </button>
          )}
          <button type="submit" form={`draft-discard-${draft.id}`} disabled={busy !== null} className={`${button} bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50`}>
            {discarding ? 'Discarding…' : 'Discard'}
          </button>
          <ActionStatus result={result} className="ml-auto" />
        </div>
      </form>
      {/* Its own form, so discarding never submits the (possibly edited) text. */}
      <form id={`draft-discard-${draft.id}`} onSubmit={discard} hidden>
        <input type="hidden" name="draftId" value={draft.id} />
      </form>
    </section>
  );
}
