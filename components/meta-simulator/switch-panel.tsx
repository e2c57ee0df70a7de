'use client';
import { useActionState } from 'react';
import { setSwitchAction } from '@/app/dev/meta/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import type { ConsoleChannel } from '@/lib/meta-simulator/get-console-setup';
import { FormMessage } from '@/components/ui/form-message';

const SWITCHES = [
  { name: 'expireTokens', label: 'Expire tokens', help: 'Every Graph call with this account’s tokens fails with code 190.' },
  { name: 'rateLimitNextSend', label: 'Rate-limit the next send', help: 'The next send fails with code 4, then sends work again.' },
  { name: 'windowClosed', label: '24 h window closed', help: 'Free-form WhatsApp sends fail with 131047; templates still go.', whatsappOnly: true },
] as const;

/** Failure switches for the selected simulated account. */
export function SwitchPanel({ channel }: { channel: ConsoleChannel }) {
  return (
    <section aria-labelledby="switches-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id="switches-heading" className="text-lg font-semibold">Failure switches</h2>
      <p className="mt-1 text-sm text-slate-600">For {channel.label}.</p>
      <ul className="mt-4 space-y-3">
        {SWITCHES.filter((s) => !('whatsappOnly' in s) || channel.channel === 'whatsapp').map((s) => (
          <SwitchRow key={`${channel.accountId}-${s.name}`} accountId={channel.accountId} name={s.name} label={s.label} help={s.help} on={!!channel.switches[s.name]} />
        ))}
      </ul>
    </section>
  );
}

function SwitchRow({ accountId, name, label, help, on }: { accountId: string; name: string; label: string; help: string; on: boolean }) {
  const [state, action, pending] = useActionState(setSwitchAction, initialActionResult);
  return (
    <li>
      <form action={action} className="flex items-start justify-between gap-4">
        <input type="hidden" name="accountId" value={accountId} />
        <input type="hidden" name="switch" value={name} />
        <input type="hidden" name="on" value={String(!on)} />
        <span>
          <span className="block text-sm font-medium text-slate-900">{label}</span>
          <span className="block text-xs text-slate-500">{help}</span>
        </span>
        <button
          type="submit" role="switch" aria-checked={on} aria-label={label} disabled={pending}
          className={`relative inline-flex h-6 w-11 shrink-0 rounded-full transition-colors disabled:opacity-60 ${on ? 'bg-red-600' : 'bg-slate-300'}`}
        >
          <span className={`absolute top-0.5 h-5 w-5 rounded-full bg-white shadow transition-all ${on ? 'left-5' : 'left-0.5'}`} />
        </button>
      </form>
      {!state.ok && state.error && <FormMessage state={state} />}
    </li>
  );
}
