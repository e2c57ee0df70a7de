// Internal notes on a conversation: visibly not messages (amber, "Only your team sees notes"),
// newest last, with @mentions highlighted. The form is a client island with mention autocomplete.
import { listNotes } from '@/lib/inbox/notes/list-notes';
import { canDeleteAnyNote } from '@/lib/inbox/notes/delete-note';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { ActionButton } from '@/components/team/action-button';
import { deleteNoteAction } from '@/app/(app)/inbox/notes/actions';
import { NoteForm } from './note-form';

export async function ConversationNotes({ ctx, conversationId }: { ctx: WorkspaceContext; conversationId: string }) {
  const [notes, members] = await Promise.all([
    listNotes({ ctx, conversationId }),
    ctx.db.membership.findMany({ select: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' } }),
  ]);
  const memberNames = new Map(members.map((m) => [m.user.id, m.user.name]));
  const mayDeleteAny = canDeleteAnyNote(ctx);
  return (
    <section aria-labelledby="conversation-notes-title" className="space-y-3">
      <div>
        <h3 id="conversation-notes-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Internal notes</h3>
        <p className="mt-0.5 flex items-center gap-1 text-xs text-amber-800">
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-3.5 w-3.5"><path fillRule="evenodd" d="M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z" clipRule="evenodd" /></svg>
          Only your team sees notes
        </p>
      </div>
      {notes.length === 0 ? (
        <p className="text-sm text-slate-500">No notes yet. Mention a teammate with @ to notify them.</p>
      ) : (
        <ol className="space-y-2" aria-label="Notes">
          {notes.map((note) => (
            <li key={note.id} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm">
              <div className="flex items-baseline justify-between gap-2">
                <p className="font-semibold text-slate-900">{note.authorName ?? 'Former member'}</p>
                <time dateTime={note.createdAt.toISOString()} className="text-xs text-slate-600">{note.createdAt.toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC</time>
              </div>
              <p className="mt-1 break-words whitespace-pre-wrap text-slate-800">{highlightMentions(note.body, note.mentionedIds.map((id) => memberNames.get(id)).filter((n): n is string => Boolean(n)))}</p>
              {note.authorId === ctx.user.id || mayDeleteAny ? (
                <div className="mt-2">
                  <ActionButton action={deleteNoteAction} fields={{ noteId: note.id }} label="Delete note" pendingLabel="Deleting…" variant="danger" confirm="Delete this note?" />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <NoteForm conversationId={conversationId} members={members.filter((m) => m.user.id !== ctx.user.id).map((m) => ({ id: m.user.id, name: m.user.name }))} />
    </section>
  );
}

/** `@Name` of a mentioned member becomes a highlighted span; everything else stays text. */
function highlightMentions(body: string, names: string[]): React.ReactNode[] {
  if (!names.length) return [body];
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(@(?:${escaped.join('|')}))`, 'giu');
  return body.split(pattern).map((part, i) => (i % 2 === 1 ? <strong key={i} className="rounded bg-amber-200/70 px-0.5 font-semibold text-amber-950">{part}</strong> : part));
}
