'use client';
// The reply composer: knows the messaging window, sends through the one send path, and never
// loses what the operator typed when a send is refused.
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { sendReplyAction } from '@/app/(app)/inbox/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import type { CannedResponseItem } from '@/lib/inbox/canned-responses/list-canned-responses';
import type { ComposerState } from '@/lib/inbox/get-composer-state';
import type { SendMode } from '@/lib/meta/messaging-window';
import { ACCEPTED_MIME_TYPES } from '@/lib/media/media-policy';
import { AttachmentChip } from './attachment-chip';
import { ComposerWindowNotice } from './composer-window-notice';
import { EmojiPicker } from './emoji-picker';
import { TemplatePicker, templateKey, type TemplateChoice } from './template-picker';
import { useAttachmentUpload } from './use-attachment-upload';
import { useCannedCombobox } from './use-canned-combobox';
import { notifyTyping } from './use-presence';
import { VoiceRecorder } from './voice-recorder';

type Problem = { message: string; conflict: boolean };

export function Composer({ state, cannedResponses }: { state: ComposerState; cannedResponses: CannedResponseItem[] }) {
  const router = useRouter();
  const listboxId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<SendMode>(state.windows[0]!.mode);
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [template, setTemplate] = useState<TemplateChoice>({ key: '', variables: [] });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState('');
  // Our own flag, not a transition's: a transition stays pending until the refresh that follows
  // has rendered (seconds on a busy server), which kept Send disabled long after the message was
  // queued and its bubble was on screen.
  const [pending, setPending] = useState(false);
  const [, startRefresh] = useTransition();
  const { attachment, upload, clear } = useAttachmentUpload();

  const sendWindow = state.windows.find((w) => w.mode === mode) ?? state.windows[0]!;
  const blocked = Boolean(state.blockedReason) || sendWindow.state === 'closed';
  const templateOnly = sendWindow.state === 'template_only';
  const mediaAllowed = !blocked && !templateOnly && mode !== 'comment_public';
  const tooLong = text.length > state.textLimit;
  const selectedTemplate = state.templates.find((t) => templateKey(t) === template.key);
  const canSend = !blocked && !pending && attachment?.state !== 'uploading' && (templateOnly
    ? Boolean(selectedTemplate) && template.variables.every((v) => v.trim())
    : !tooLong && (text.trim().length > 0 || attachment?.state === 'ready'));

  const combobox = useCannedCombobox({
    items: cannedResponses, text, caret, listboxId,
    onInsert(next, nextCaret) {
      setText(next);
      setCaret(nextCaret);
      requestAnimationFrame(() => textareaRef.current?.setSelectionRange(nextCaret, nextCaret));
    },
  });

  function baseForm(fields: Record<string, string>, confirm: boolean) {
    const form = new FormData();
    form.set('conversationId', state.conversationId);
    if (state.lastSeenMessageId) form.set('lastSeenMessageId', state.lastSeenMessageId);
    if (confirm) form.set('confirm', 'true');
    if (state.kind === 'comment_thread') form.set('mode', mode);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    return form;
  }

  async function send(confirm = false) {
    if (!canSend) return;
    setProblem(null);
    setStatus('Sending…');
    setPending(true);
    try {
      // An attachment goes first, as its own message (Meta sends media and text separately).
      if (attachment?.state === 'ready') {
        const result = await sendReplyAction(initialActionResult, baseForm({ clientId: attachment.clientId, type: 'media', uploadId: attachment.uploadId }, confirm));
        if (!result.ok) return fail(result);
        clear();
        confirm = true; // our own attachment is not a conflict for the text that follows
      }
      if (templateOnly && selectedTemplate) {
        const form = baseForm({ clientId, type: 'template', templateName: selectedTemplate.name, templateLanguage: selectedTemplate.language }, confirm);
        for (const v of template.variables) form.append('variables', v);
        const result = await sendReplyAction(initialActionResult, form);
        if (!result.ok) return fail(result);
        setTemplate({ key: '', variables: [] });
      } else if (text.trim()) {
        const result = await sendReplyAction(initialActionResult, baseForm({ clientId, type: 'text', text }, confirm));
        if (!result.ok) return fail(result);
        setText('');
        setCaret(0);
      }
      setClientId(crypto.randomUUID());
      setStatus('Sent.');
    } catch {
      fail({ error: 'The reply could not be sent. Check your connection and try again.' });
      return;
    } finally {
      setPending(false);
    }
    // The message is queued: the composer is free now, and the thread catches up in the
    // background (this refresh, or the live stream's).
    startRefresh(() => router.refresh());
  }

  function fail(result: { error: string; fieldErrors?: Record<string, string[]> }) {
    setStatus('');
    setProblem({ message: result.fieldErrors?.text?.[0] ?? result.error, conflict: Boolean(result.fieldErrors?.confirm) });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (combobox.onKeyDown(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  }

  function insertEmoji(emoji: string) {
    const el = textareaRef.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + emoji + text.slice(end);
    setText(next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + emoji.length, start + emoji.length);
    });
  }

  const iconButton = 'rounded-md p-2 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600';
  return (
    <form
      aria-label="Reply" className="space-y-2 border-t border-slate-200 bg-white px-3 py-2.5 sm:px-4"
      onSubmit={(e) => { e.preventDefault(); void send(); }}
    >
      {state.kind === 'comment_thread' ? (
        <div role="radiogroup" aria-label="Reply as" className="inline-flex rounded-lg bg-slate-100 p-0.5 text-sm">
          {([['comment_public', 'Public reply'], ['comment_private', 'Private reply (DM)']] as const).map(([value, label]) => (
            <button
              key={value} type="button" role="radio" aria-checked={mode === value} onClick={() => setMode(value)}
              className={`rounded-md px-3 py-1 font-medium focus-visible:outline-2 focus-visible:outline-brand-600 ${mode === value ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600'}`}
            >{label}</button>
          ))}
        </div>
      ) : null}
      <ComposerWindowNotice window={sendWindow} blockedReason={state.blockedReason} />

      {templateOnly && !state.blockedReason ? (
        <TemplatePicker conversationId={state.conversationId} templates={state.templates} value={template} onChange={setTemplate} disabled={pending} />
      ) : (
        <div className="relative">
          <label htmlFor="composer" className="sr-only">Write a reply</label>
          <textarea
            id="composer" data-shortcut="reply" ref={textareaRef} value={text} rows={2} disabled={blocked}
            placeholder={blocked ? 'Sending is not possible right now' : 'Write a reply… (Enter sends, Shift+Enter for a new line, / for canned responses)'}
            onChange={(e) => { setText(e.target.value); setCaret(e.target.selectionStart); notifyTyping(e.target.value.length > 0); }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
            aria-invalid={tooLong || undefined} aria-describedby="composer-count"
            {...combobox.inputProps}
            className="block max-h-48 min-h-[2.75rem] w-full resize-y rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:bg-slate-50"
          />
          {combobox.open ? (
            <ul id={listboxId} role="listbox" aria-label="Canned responses" className="absolute bottom-full left-0 z-30 mb-1 max-h-64 w-full overflow-y-auto rounded-lg bg-white py-1 shadow-lg ring-1 ring-slate-200 sm:w-96">
              {combobox.matches.map((item, i) => (
                <li
                  key={item.id} id={combobox.optionId(i)} role="option" aria-selected={i === combobox.activeIndex}
                  onMouseDown={(e) => { e.preventDefault(); combobox.choose(i); }} onMouseEnter={() => combobox.setActive(i)}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${i === combobox.activeIndex ? 'bg-brand-50' : ''}`}
                >
                  <span className="font-semibold text-slate-900">/{item.shortcut}</span>
                  <span className="block truncate text-xs text-slate-600">{item.body}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}

      {attachment ? <AttachmentChip attachment={attachment} onRemove={clear} /> : null}
      {problem ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-2.5 py-1.5 text-sm text-red-800 ring-1 ring-red-200">
          <span className="flex-1">{problem.message}</span>
          {problem.conflict ? (
            <button type="button" onClick={() => void send(true)} className="rounded-md bg-white px-2 py-1 text-sm font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-brand-600">Send anyway</button>
          ) : null}
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-1">
        {!templateOnly ? <EmojiPicker onPick={insertEmoji} disabled={blocked} /> : null}
        {mediaAllowed ? (
          <>
            <input
              id={`${listboxId}-file`} type="file" className="sr-only" accept={ACCEPTED_MIME_TYPES.join(',')}
              onChange={(e) => { const file = e.target.files?.[0]; if (file) upload(file); e.target.value = ''; }}
            />
            <label htmlFor={`${listboxId}-file`} className={`${iconButton} cursor-pointer`} title="Attach a file">
              <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor"><path fillRule="evenodd" d="M15.62 4.38a2.75 2.75 0 0 0-3.89 0l-6.3 6.3a4.25 4.25 0 0 0 6.01 6.01l4.95-4.95a.75.75 0 1 1 1.06 1.06l-4.95 4.95A5.75 5.75 0 1 1 4.37 9.62l6.3-6.3a4.25 4.25 0 0 1 6.01 6.01l-6.3 6.3a2.75 2.75 0 0 1-3.89-3.89l5.6-5.6a.75.75 0 1 1 1.06 1.06l-5.6 5.6a1.25 1.25 0 0 0 1.77 1.77l6.3-6.3a2.75 2.75 0 0 0 0-3.89Z" clipRule="evenodd" /></svg>
              <span className="sr-only">Attach a file</span>
            </label>
            <VoiceRecorder onRecorded={upload} onError={(message) => setProblem({ message, conflict: false })} disabled={pending} />
          </>
        ) : null}
        <span className="flex-1" />
        {!templateOnly ? (
          <span id="composer-count" className={`text-xs tabular-nums ${tooLong ? 'font-semibold text-red-700' : 'text-slate-500'}`}>
            {text.length}/{state.textLimit}<span className="sr-only"> characters</span>
          </span>
        ) : null}
        <p role="status" aria-live="polite" className="sr-only">{status}</p>
        <button
          type="submit" disabled={!canSend}
          className="ml-2 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50"
        >{pending ? 'Sending…' : templateOnly ? 'Send template' : 'Send'}</button>
      </div>
    </form>
  );
}
