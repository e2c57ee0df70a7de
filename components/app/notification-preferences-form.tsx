'use client';
import { useActionState } from 'react';
import { updateNotificationPreferencesAction } from '@/app/(app)/settings/account/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionResult } from '@/lib/actions/action-result';
import type { NotificationPreferences } from '@/lib/notifications/notification-preferences.schema';

export function NotificationPreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const [state, formAction] = useActionState(updateNotificationPreferencesAction, initialActionResult);
  const options = [
    { name: 'notifyNewConversations', label: 'New conversations', hint: 'A customer starts a new conversation.', checked: preferences.notifyNewConversations },
    { name: 'notifyMentions', label: 'Mentions', hint: 'A teammate mentions you in an internal note.', checked: preferences.notifyMentions },
  ] as const;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <fieldset className="space-y-3">
        <legend className="sr-only">Email me about</legend>
        {options.map((o) => (
          <div key={o.name} className="flex items-start gap-3">
            <input id={`pref-${o.name}`} type="checkbox" name={o.name} defaultChecked={o.checked} aria-describedby={`pref-${o.name}-hint`} className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600" />
            <div>
              <label htmlFor={`pref-${o.name}`} className="text-sm font-medium text-slate-900">{o.label}</label>
              <p id={`pref-${o.name}-hint`} className="text-xs text-slate-500">{o.hint}</p>
            </div>
          </div>
        ))}
      </fieldset>
      <SubmitButton size="sm" pendingLabel="Saving…">Save preferences</SubmitButton>
    </form>
  );
}
