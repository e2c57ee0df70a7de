'use client';
// The note textarea with @mention autocomplete, following the ARIA combobox pattern: the
// textarea is the combobox, suggestions are a listbox, arrows move, Enter or Tab inserts
// "@Name ", Escape closes. Picked ids travel as hints; the server re-resolves them.
import { useActionState, useId, useMemo, useRef, useState } from 'react';
import { addNoteAction } from '@/app/(app)/inbox/notes/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';

type Member = { id: string; name: string };
const MAX_SUGGESTIONS = 6;

/** The "@query" being typed just before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1 || (at > 0 && !/\s/.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query)) return null;
  return { start: at, query };
}

export function NoteForm({ conversationId, members }: { conversationId: string; members: Member[] }) {
  const [state, formAction] = useActionState(addNoteAction, initialActionResult);
  const { errors } = formStateOf(state);
  const [text, setText] = useState('');
  const [mentioned, setMentioned] = useState<Member[]>([]);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const listId = `${id}-mentions`;

  // A successful submit clears the draft (the server list shows the note).
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.ok) {
      setText('');
      setMentioned([]);
      setMention(null);
    }
  }

  const suggestions = useMemo(() => {
    if (!mention) return [];
    const q = mention.query.toLowerCase();
    return members.filter((m) => m.name.toLowerCase().startsWith(q) || m.name.toLowerCase().split(/\s+/).some((part) => part.startsWith(q))).slice(0, MAX_SUGGESTIONS);
  }, [mention, members]);
  const open = suggestions.length > 0;

  const sync = (value: string, caret: number) => {
    setText(value);
    setMention(mentionQueryAt(value, caret));
    setActive(0);
  };

  const insert = (member: Member) => {
    if (!mention) return;
    const caret = ref.current?.selectionStart ?? text.length;
    const next = `${text.slice(0, mention.start)}@${member.name} ${text.slice(caret)}`;
    const position = mention.start + member.name.length + 2;
    setText(next);
    setMention(null);
    setMentioned((list) => (list.some((m) => m.id === member.id) ? list : [...list, member]));
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(position, position);
    });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown') { event.preventDefault(); setActive((a) => (a + 1) % suggestions.length); return; }
      if (event.key === 'ArrowUp') { event.preventDefault(); setActive((a) => (a - 1 + suggestions.length) % suggestions.length); return; }
      if (event.key === 'Enter' || event.key === 'Tab') { event.preventDefault(); insert(suggestions[Math.min(active, suggestions.length - 1)]!); return; }
      if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); setMention(null); return; }
    }
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };

  // Only ids whose @Name is still in the text are sent.
  const stillMentioned = mentioned.filter((m) => text.toLowerCase().includes(`@${m.name.toLowerCase()}`));
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormMessage state={state.ok ? initialActionResult : state} />
      <input type="hidden" name="conversationId" value={conversationId} />
      {stillMentioned.map((m) => <input key={m.id} type="hidden" name="mentionedIds" value={m.id} />)}
      <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-700">Add a note</label>
      <div className="relative">
        <textarea
          ref={ref}
          id={`${id}-body`}
          name="body"
          rows={3}
          value={text}
          maxLength={5000}
          placeholder="Type @ to mention a teammate"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open ? `${listId}-${suggestions[Math.min(active, suggestions.length - 1)]?.id}` : undefined}
          aria-describedby={`${id}-hint${errors.body ? ` ${id}-error` : ''}`}
          aria-invalid={errors.body ? true : undefined}
          onChange={(e) => sync(e.target.value, e.target.selectionStart)}
          onSelect={(e) => setMention(mentionQueryAt(e.currentTarget.value, e.currentTarget.selectionStart))}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setMention(null), 150)}
          className="block w-full resize-y rounded-lg border-0 bg-amber-50/60 px-3 py-2 text-sm text-slate-900 ring-1 ring-amber-300 ring-inset placeholder:text-slate-500 focus:ring-2 focus:ring-amber-500 aria-[invalid=true]:ring-red-400"
        />
        <ul id={listId} role="listbox" aria-label="Teammates" hidden={!open} className="absolute right-0 bottom-full left-0 z-30 mb-1 max-h-56 overflow-y-auto rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-200">
          {suggestions.map((m, i) => (
            <li
              key={m.id}
              id={`${listId}-${m.id}`}
              role="option"
              aria-selected={i === Math.min(active, suggestions.length - 1)}
              onMouseDown={(e) => { e.preventDefault(); insert(m); }}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm ${i === Math.min(active, suggestions.length - 1) ? 'bg-brand-50 text-brand-800' : 'text-slate-800'}`}
            >
              <span aria-hidden className="flex h-6 w-6 items-center justify-center rounded-full bg-slate-200 text-xs font-bold text-slate-700">{m.name.slice(0, 1).toUpperCase()}</span>
              {m.name}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-500">Mentioned teammates get an alert. Ctrl+Enter adds the note.</p>
      {errors.body ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.body.join(' ')}</p> : null}
      <SubmitButton size="sm" pendingLabel="Adding…" className="bg-amber-600! hover:bg-amber-700!">Add note</SubmitButton>
    </form>
  );
}
