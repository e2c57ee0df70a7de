// "Data" in the contact panel (owners and admins): download everything held about this person
// (a customer's access request), or delete the conversation / the person for good.
import { deleteContactAction, deleteConversationAction } from '@/app/(app)/inbox/actions';
import { ConfirmActionForm } from '@/components/privacy/confirm-action-form';

const linkClass = 'inline-flex items-center rounded-lg bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600';

export function ContactDataSection({ contactId, conversationId, canExport, canDelete }: { contactId: string; conversationId: string; canExport: boolean; canDelete: boolean }) {
  if (!canExport && !canDelete) return null;
  return (
    <section aria-labelledby="contact-data-heading" className="border-t border-slate-100 px-4 py-3">
      <h3 id="contact-data-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Data</h3>
      {canExport ? (
        <div className="mt-2">
          <p className="text-xs text-slate-600">Everything held about this person: all conversations, messages and media links.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <a href={`/api/contacts/${contactId}/export?format=json`} download className={linkClass} data-testid="export-contact-json">Export JSON</a>
            <a href={`/api/contacts/${contactId}/export?format=csv`} download className={linkClass} data-testid="export-contact-csv">Export CSV</a>
          </div>
        </div>
      ) : null}
      {canDelete ? (
        <div className="mt-3 space-y-2">
          <ConfirmActionForm
            action={deleteConversationAction}
            fields={{ conversationId }}
            openLabel="Delete conversation…"
            title="Delete this conversation for good?"
            description="Its messages, media, notes and AI drafts are erased at once. This cannot be undone."
            confirmLabel="Delete conversation"
            pendingLabel="Deleting…"
            testId="delete-conversation"
          />
          <ConfirmActionForm
            action={deleteContactAction}
            fields={{ contactId }}
            openLabel="Delete contact…"
            title="Delete this person and all their data?"
            description="Every conversation with them on this channel, their messages, media and profile are erased at once — for example when they ask you to. This cannot be undone."
            confirmLabel="Delete contact and data"
            pendingLabel="Deleting…"
            testId="delete-contact"
          />
        </div>
      ) : null}
    </section>
  );
}
