'use client';
import { useActionState, useState, useSyncExternalStore } from 'react';
import { sendAsCustomerAction, type WebhookOutcome } from '@/app/dev/meta/actions';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import type { ConsoleChannel } from '@/lib/meta-simulator/get-console-setup';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { SwitchPanel } from './switch-panel';

type Customer = { id: string; channel: ConsoleChannel['channel']; name: string; username: string | null };
type Kind = 'text' | 'comment' | 'image' | 'voice';

const inputClass = 'w-full rounded-lg border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100';
const OTHER = '__other__';
const noSubscription = () => () => {};

/** False during server render and hydration, true once React owns the form. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** Channel + customer pickers and the send form; shows the app's HTTP answer to the webhook. */
export function SimulatorConsole({ channels, customers }: { channels: ConsoleChannel[]; customers: Customer[] }) {
  const [state, action] = useActionState(sendAsCustomerAction, initialActionResult as ActionResult<WebhookOutcome>);
  const [accountId, setAccountId] = useState(channels[0]?.accountId ?? '');
  const channel = channels.find((c) => c.accountId === accountId) ?? channels[0];
  const choices = customers.filter((c) => c.channel === channel?.channel);
  const [customerChoice, setCustomerChoice] = useState(choices[0]?.id ?? OTHER);
  const [kind, setKind] = useState<Kind>('text');
  const customerId = choices.some((c) => c.id === customerChoice) ? customerChoice : OTHER;
  const kinds: { value: Kind; label: string }[] = [
    { value: 'text', label: 'Direct message' },
    ...(channel?.channel === 'instagram' ? [{ value: 'comment' as const, label: 'Comment on a post' }] : []),
    { value: 'image', label: 'Image' },
    ...(channel?.channel !== 'messenger' ? [{ value: 'voice' as const, label: 'Voice note' }] : []),
  ];
  const effectiveKind = kinds.some((k) => k.value === kind) ? kind : 'text';
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  // Choices made in the server-rendered form before hydration would be overwritten by React's
  // initial state (the first customer) and the webhook would go out as someone else, so the
  // form stays disabled until it is interactive.
  const hydrated = useHydrated();

  if (!channel) return <p>No simulated channels.</p>;
  return (
    <section aria-labelledby="console-heading" className="space-y-6">
      <form action={action} className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="console-heading" className="text-lg font-semibold">Send as the customer</h2>
        <fieldset disabled={!hydrated} className="min-w-0 space-y-5">
        <input type="hidden" name="channel" value={channel.channel} />

        <div className="space-y-1">
          <label htmlFor="sim-account" className="text-sm font-medium text-slate-700">Channel</label>
          <select id="sim-account" name="accountId" value={channel.accountId} onChange={(e) => {
              const next = channels.find((c) => c.accountId === e.target.value);
              setAccountId(e.target.value);
              // The new channel's first customer: leaving the choice empty switched the form to
              // "Someone else…" with an empty required id, and Send was silently blocked.
              setCustomerChoice(customers.find((c) => c.channel === next?.channel)?.id ?? OTHER);
            }} className={inputClass}>
            {channels.map((c) => <option key={c.accountId} value={c.accountId}>{c.label}</option>)}
          </select>
        </div>

        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="sim-customer" className="text-sm font-medium text-slate-700">Customer</label>
            <select id="sim-customer" value={customerId} onChange={(e) => setCustomerChoice(e.target.value)} className={inputClass}>
              {choices.map((c) => <option key={c.id} value={c.id}>{c.name}{c.username ? ` (@${c.username})` : ''}</option>)}
              <option value={OTHER}>Someone else…</option>
            </select>
          </div>
          {customerId === OTHER ? (
            <div className="space-y-1">
              <label htmlFor="sim-customer-id" className="text-sm font-medium text-slate-700">Customer id</label>
              <input id="sim-customer-id" name="customerId" required inputMode="numeric" placeholder={channel.channel === 'whatsapp' ? '15557654321' : '1234567890123457'} className={inputClass} aria-invalid={!!errors.customerId} aria-describedby={errors.customerId ? 'sim-customer-id-error' : undefined} />
              {errors.customerId && <p id="sim-customer-id-error" className="text-xs text-red-700">{errors.customerId[0]}</p>}
              <label htmlFor="sim-customer-name" className="sr-only">Customer name</label>
              <input id="sim-customer-name" name="customerName" placeholder="Name (optional)" className={`${inputClass} mt-2`} />
            </div>
          ) : (
            <input type="hidden" name="customerId" value={customerId} />
          )}
        </div>

        <fieldset>
          <legend className="text-sm font-medium text-slate-700">What to send</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {kinds.map((k) => (
              <label key={k.value} className="cursor-pointer rounded-full px-3 py-1.5 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:checked]:ring-brand-600">
                <input type="radio" name="kind" value={k.value} checked={effectiveKind === k.value} onChange={() => setKind(k.value)} className="sr-only" />
                {k.label}
              </label>
            ))}
          </div>
          {errors.kind && <p className="mt-1 text-xs text-red-700">{errors.kind[0]}</p>}
        </fieldset>

        {(effectiveKind === 'text' || effectiveKind === 'comment' || (effectiveKind === 'image' && channel.channel === 'whatsapp')) && (
          <div className="space-y-1">
            <label htmlFor="sim-text" className="text-sm font-medium text-slate-700">{effectiveKind === 'image' ? 'Caption (optional)' : effectiveKind === 'comment' ? 'Comment' : 'Message'}</label>
            <textarea
              id="sim-text" name="text" rows={3} maxLength={2000}
              defaultValue={effectiveKind === 'comment' ? 'Price? 😍' : effectiveKind === 'text' ? 'Hi! Do you have this in blue? 💙' : ''}
              key={effectiveKind}
              className={inputClass} aria-invalid={!!errors.text} aria-describedby={errors.text ? 'sim-text-error' : undefined}
            />
            {errors.text && <p id="sim-text-error" className="text-xs text-red-700">{errors.text[0]}</p>}
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor="sim-age-hours" className="text-sm font-medium text-slate-700">Sent hours ago</label>
          <input id="sim-age-hours" name="ageHours" type="number" min={0} max={720} step={1} defaultValue={0} aria-describedby="sim-age-hours-hint" className={`${inputClass} w-28`} />
          <p id="sim-age-hours-hint" className="text-xs text-slate-500">Backdates the webhook timestamp, e.g. 30 to test replies outside the 24-hour window.</p>
        </div>
        {(effectiveKind === 'image' || effectiveKind === 'voice') && (
          <p className="text-sm text-slate-600">
            {effectiveKind === 'image' ? 'Sends a small generated PNG' : 'Sends a short Ogg/Opus voice note'}
            {channel.channel === 'whatsapp' ? ' as a WhatsApp media id (download it with the channel token).' : ' as a CDN-style attachment URL.'}
          </p>
        )}

        <FormMessage state={state} />
        <SubmitButton pendingLabel="Delivering webhook…">Send webhook</SubmitButton>
        </fieldset>

        {state.ok && state.data && (
          <div className="space-y-2" aria-live="polite">
            <p className="text-sm font-medium text-slate-700">App answered <span className={state.data.status >= 200 && state.data.status < 300 ? 'text-emerald-700' : 'text-red-700'}>HTTP {state.data.status}</span></p>
            {state.data.body && <pre className="max-h-24 overflow-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">{state.data.body}</pre>}
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">Webhook payload</summary>
              <pre className="mt-2 max-h-72 overflow-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">{state.data.payload}</pre>
            </details>
          </div>
        )}
      </form>
      <SwitchPanel channel={channel} />
    </section>
  );
}
