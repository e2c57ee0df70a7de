'use client';
// The /agent settings form: one controlled state object validated with the same zod schema as
// the server (errors shown next to fields by path), posted as JSON with the version it edits so
// a concurrent save by someone else is a conflict, never a silent overwrite.
import Link from 'next/link';
import { useActionState, useEffect, useId, useMemo, useState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import {
  agentSettingsSchema,
  aiDisclosureLine,
  offerStatus,
  outOfHoursOptions,
  toneOptions,
  weekdayLabels,
  type AgentSettingsInput,
} from '@/lib/agent/agent-settings.schema';
import type { AgentSettingsFormState, FormOffer, FormProduct } from '@/lib/agent/agent-settings-form-state';
import { restorableDraft, serializeSettingsDraft } from '@/lib/agent/playground/settings-draft';
import { AgentChannelOverridesSection, type OverrideChannel } from './agent-channel-overrides-section';
import { AgentCommentsSection } from './agent-comments-section';
import { AgentFaqSection } from './agent-faq-section';
import { Checkbox, Section, Select, TextArea, TextInput, addButtonClass, removeButtonClass, type SectionProps } from './agent-form-controls';
import { AgentGuardrailsSection, AgentHandoffSection } from './agent-handoff-section';
import { AgentModeSection } from './agent-mode-section';

type SaveAction = (prev: ActionResult<{ version: number }>, formData: FormData) => Promise<ActionResult<{ version: number }>>;


function errorsOf(error: { issues: { path: PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.map(String).join('.') || '_form'] ??= []).push(issue.message);
  return out;
}

export function AgentSettingsForm({ action, initial, version, timeZones, now, channels = [], draftKey }: {
  action: SaveAction;
  initial: AgentSettingsFormState;
  version: number;
  timeZones: string[];
  /** The server's clock (ISO), so offer badges render the same on server and client. */
  now: string;
  /** The workspace's channels, for per-channel overrides. */
  channels?: OverrideChannel[];
  /** sessionStorage key (per workspace) where unsaved changes are kept for the Playground. */
  draftKey?: string;
}) {
  const [state, setState] = useState(initial);
  const [baseline, setBaseline] = useState(JSON.stringify(initial));
  const [editedVersion, setEditedVersion] = useState(version);
  // After a failed submit, fields are re-checked as the user types, so fixed errors disappear.
  const [checkLive, setCheckLive] = useState(false);
  const [result, formAction] = useActionState(action, initialActionResult as ActionResult<{ version: number }>);
  const [seenResult, setSeenResult] = useState(result);
  const [seenVersion, setSeenVersion] = useState(version);
  const baseId = useId();

  // A save went through: the submitted state is the new baseline (adjusting state during render).
  if (result !== seenResult) {
    setSeenResult(result);
    if (result.ok && result.data) {
      setEditedVersion(result.data.version);
      setSeenVersion(result.data.version);
      setBaseline(JSON.stringify(state));
    }
  }
  // A newer version arrived from the server (a restore): show it.
  if (version !== seenVersion) {
    setSeenVersion(version);
    if (version > editedVersion) {
      setState(initial);
      setBaseline(JSON.stringify(initial));
      setEditedVersion(version);
      setCheckLive(false);
    }
  }

  const dirty = JSON.stringify(state) !== baseline;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    // In-app links navigate without unloading the page: ask before leaving those too.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || event.defaultPrevented || link.hasAttribute('data-keeps-draft')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      if (!window.confirm('You have unsaved agent settings. Leave without saving?')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);

  // Back from the Playground in this tab: bring the unsaved changes back (they were made on this version).
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    if (!draftKey) return;
    let kept: Record<string, unknown> | null = null;
    try {
      kept = restorableDraft(window.sessionStorage.getItem(draftKey), version);
    } catch {
      return;
    }
    if (!kept) return;
    const draft = kept;
    // Reading sessionStorage can only happen after hydration, so this one-off sync lives in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState((current) => ({ ...current, ...draft }) as AgentSettingsFormState);
    setRestored(true);
    // Only on mount: later versions arrive through the props and replace the state above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Unsaved changes are mirrored into sessionStorage so the Playground (same tab) can try them;
  // once saved (or undone) the draft is dropped and the Playground uses the saved settings.
  useEffect(() => {
    if (!draftKey) return;
    try {
      if (dirty) window.sessionStorage.setItem(draftKey, serializeSettingsDraft(state, editedVersion));
      else window.sessionStorage.removeItem(draftKey);
    } catch {
      // Storage full or disabled (private mode): the Playground then says there are no unsaved changes.
    }
  }, [draftKey, dirty, state, editedVersion]);

  const clientErrors = useMemo(() => {
    if (!checkLive) return {};
    const parsed = agentSettingsSchema.safeParse(state as AgentSettingsInput);
    return parsed.success ? {} : errorsOf(parsed.error);
  }, [checkLive, state]);
  const serverErrors = !result.ok && result !== initialActionResult ? result.fieldErrors ?? {} : {};
  const errors = { ...serverErrors, ...clientErrors };
  const idFor = (path: string) => `${baseId}-${path.replace(/\./g, '-')}`;
  // A phrase list's errors come per entry ("handoff.keywords.2"): shown on the list's field.
  const field = (path: string) => {
    const own = Object.entries(errors).filter(([key]) => key === path || (key.startsWith(`${path}.`) && /^\d+$/.test(key.slice(path.length + 1))));
    return { id: idFor(path), errors: own.length ? own.flatMap(([, messages]) => messages) : undefined };
  };

  function update(mutate: (draft: AgentSettingsFormState) => void) {
    setState((previous) => {
      const next = structuredClone(previous);
      mutate(next);
      return next;
    });
  }

  // Focuses the field at `path`, or the closest field above it ("handoff.keywords.2" → the keywords list).
  function focusLater(path: string) {
    setTimeout(() => {
      for (let parts = path.split('.'); parts.length; parts = parts.slice(0, -1)) {
        const element = document.getElementById(idFor(parts.join('.')));
        if (element) return element.focus();
      }
    }, 0);
  }
  const sectionProps: SectionProps = { state, update, field, errors, focusLater };

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        const parsed = agentSettingsSchema.safeParse(state as AgentSettingsInput);
        if (!parsed.success) {
          event.preventDefault();
          const found = errorsOf(parsed.error);
          setCheckLive(true);
          const first = Object.keys(found)[0];
          if (first) focusLater(first);
          return;
        }
      }}
      className="space-y-6"
    >
      <input type="hidden" name="settings" value={JSON.stringify(state)} />
      <input type="hidden" name="expectedVersion" value={editedVersion} />

      <AgentModeSection {...sectionProps} />

      <Section title="Identity" description="Who the agent is and what it says first.">
        <TextInput label="Assistant name" value={state.name} maxLength={60} onChange={(v) => update((d) => void (d.name = v))} {...field('name')} />
        <TextArea
          label="Instructions"
          hint="What the agent should do and avoid. Up to 8,000 characters."
          rows={6}
          maxLength={8000}
          value={state.systemInstructions}
          onChange={(v) => update((d) => void (d.systemInstructions = v))}
          {...field('systemInstructions')}
        />
        <TextArea
          label="Intro message"
          hint="Sent when a contact writes for the first time. Optional."
          rows={3}
          maxLength={1000}
          value={state.introMessage}
          onChange={(v) => update((d) => void (d.introMessage = v))}
          {...field('introMessage')}
        />
        <Checkbox
          label="Add an AI disclosure line to the intro"
          hint={`Adds: “${aiDisclosureLine}”`}
          checked={state.discloseAi}
          onChange={(v) => update((d) => void (d.discloseAi = v))}
          id={idFor('discloseAi')}
        />
      </Section>

      <Section title="Brand voice" description="How replies sound.">
        <Select label="Tone" value={state.brandVoice.tone} options={toneOptions} onChange={(v) => update((d) => void (d.brandVoice.tone = v))} {...field('brandVoice.tone')} />
        <TextArea label="Voice notes" hint="Words to use or avoid, emoji, sign-off…" rows={3} maxLength={1000} value={state.brandVoice.notes} onChange={(v) => update((d) => void (d.brandVoice.notes = v))} {...field('brandVoice.notes')} />
      </Section>

      <Section title="Products" description="What the agent may quote. Prices without a currency sign, e.g. 19.99.">
        {errors.products ? <p className="text-sm text-red-700">{errors.products.join(' ')}</p> : null}
        {state.products.length === 0 ? <p className="rounded-lg bg-slate-50 px-3 py-4 text-sm text-slate-600">No products yet. Add the ones customers ask about most.</p> : null}
        <ol className="space-y-4">
          {state.products.map((product, index) => {
            const p = (key: keyof FormProduct) => `products.${index}.${key}`;
            const set = (key: keyof FormProduct) => (v: string) => update((d) => void (d.products[index]![key] = v));
            return (
              <li key={index}>
                <fieldset className="rounded-lg p-4 ring-1 ring-slate-200">
                  <legend className="px-1 text-sm font-semibold text-slate-800">Product {index + 1}{product.name ? `: ${product.name}` : ''}</legend>
                  <div className="grid gap-3 sm:grid-cols-4">
                    <TextInput className="sm:col-span-2" label="Name" value={product.name} onChange={set('name')} {...field(p('name'))} />
                    <TextInput label="Price" inputMode="decimal" value={product.price} onChange={set('price')} {...field(p('price'))} />
                    <TextInput label="Currency" maxLength={3} autoCapitalize="characters" value={product.currency} onChange={set('currency')} {...field(p('currency'))} />
                    <TextArea className="sm:col-span-4" label="Description" rows={2} maxLength={2000} value={product.description} onChange={set('description')} {...field(p('description'))} />
                    <TextInput className="sm:col-span-2" label="Link (https)" type="url" value={product.url} onChange={set('url')} {...field(p('url'))} />
                    <TextInput className="sm:col-span-2" label="Image URL (https)" type="url" value={product.imageUrl} onChange={set('imageUrl')} {...field(p('imageUrl'))} />
                  </div>
                  <button type="button" className={removeButtonClass} onClick={() => update((d) => void d.products.splice(index, 1))}>
                    Remove product {index + 1}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className={addButtonClass}
          disabled={state.products.length >= 200}
          onClick={() => {
            update((d) => void d.products.push({ name: '', description: '', price: '', currency: state.products.at(-1)?.currency ?? 'EUR', url: '', imageUrl: '' }));
            focusLater(`products.${state.products.length}.name`);
          }}
        >
          Add product
        </button>
      </Section>

      <Section title="Offers" description="Promotions the agent may mention while they are valid. Expired offers are never mentioned.">
        {errors.offers ? <p className="text-sm text-red-700">{errors.offers.join(' ')}</p> : null}
        {state.offers.length === 0 ? <p className="rounded-lg bg-slate-50 px-3 py-4 text-sm text-slate-600">No offers. The agent will not promise any discounts.</p> : null}
        <ol className="space-y-4">
          {state.offers.map((offer, index) => {
            const p = (key: keyof FormOffer) => `offers.${index}.${key}`;
            const set = (key: keyof FormOffer) => (v: string) => update((d) => void (d.offers[index]![key] = v));
            const status = offerStatus(offer, new Date(now), state.businessHours.timeZone || 'UTC');
            return (
              <li key={index}>
                <fieldset className="rounded-lg p-4 ring-1 ring-slate-200">
                  <legend className="px-1 text-sm font-semibold text-slate-800">Offer {index + 1}</legend>
                  {status === 'expired' ? (
                    <p className="mb-2 inline-block rounded-full bg-slate-100 px-2.5 py-1 text-xs font-semibold text-slate-700 ring-1 ring-slate-300">Expired — never mentioned</p>
                  ) : status === 'upcoming' ? (
                    <p className="mb-2 inline-block rounded-full bg-amber-50 px-2.5 py-1 text-xs font-semibold text-amber-800 ring-1 ring-amber-200">Not valid yet</p>
                  ) : (
                    <p className="mb-2 inline-block rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200">Active</p>
                  )}
                  <div className="grid gap-3 sm:grid-cols-3">
                    <TextArea className="sm:col-span-3" label="Offer" rows={2} maxLength={1000} value={offer.text} onChange={set('text')} {...field(p('text'))} />
                    <TextInput label="Code (optional)" value={offer.code} onChange={set('code')} {...field(p('code'))} />
                    <TextInput label="Valid from" type="date" value={offer.validFrom} onChange={set('validFrom')} {...field(p('validFrom'))} />
                    <TextInput label="Valid until" type="date" value={offer.validUntil} onChange={set('validUntil')} {...field(p('validUntil'))} />
                  </div>
                  <button type="button" className={removeButtonClass} onClick={() => update((d) => void d.offers.splice(index, 1))}>
                    Remove offer {index + 1}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className={addButtonClass}
          disabled={state.offers.length >= 100}
          onClick={() => {
            update((d) => void d.offers.push({ text: '', code: '', validFrom: '', validUntil: '' }));
            focusLater(`offers.${state.offers.length}.text`);
          }}
        >
          Add offer
        </button>
      </Section>

      <AgentFaqSection {...sectionProps} />

      <Section title="Booking link" description="Shared when a customer wants an appointment. Optional.">
        <TextInput label="Booking URL (https)" type="url" placeholder="https://cal.com/your-shop" value={state.bookingUrl} onChange={(v) => update((d) => void (d.bookingUrl = v))} {...field('bookingUrl')} />
      </Section>

      <Section title="Languages">
        <Checkbox
          label="Reply in the customer's language"
          checked={state.languages.replyInCustomerLanguage}
          onChange={(v) => update((d) => void (d.languages.replyInCustomerLanguage = v))}
          id={idFor('languages.replyInCustomerLanguage')}
        />
        <TextInput label="Fallback language" hint="A language tag such as en, de or pt-BR." value={state.languages.fallback} onChange={(v) => update((d) => void (d.languages.fallback = v))} {...field('languages.fallback')} />
      </Section>

      <Section anchor="business-hours" title="Business hours" description="When your team is around. Times are in the selected time zone.">
        <Select label="Time zone" value={state.businessHours.timeZone} options={timeZones.map((tz) => ({ value: tz, label: tz }))} onChange={(v) => update((d) => void (d.businessHours.timeZone = v))} {...field('businessHours.timeZone')} />
        {errors['businessHours.days'] ? <p className="text-sm text-red-700">{errors['businessHours.days'].join(' ')}</p> : null}
        <ul className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200">
          {state.businessHours.days.map((day, index) => {
            const p = (key: string) => `businessHours.days.${index}.${key}`;
            return (
              <li key={day.day} className="grid grid-cols-2 items-start gap-3 p-3 sm:grid-cols-4 sm:items-center">
                <span className="font-medium text-slate-800">{weekdayLabels[day.day]}</span>
                <Checkbox label="Open" checked={!day.closed} onChange={(v) => update((d) => void (d.businessHours.days[index]!.closed = !v))} id={idFor(p('closed'))} />
                <TextInput label={`${weekdayLabels[day.day]} opens`} type="time" disabled={day.closed} value={day.open} onChange={(v) => update((d) => void (d.businessHours.days[index]!.open = v))} {...field(p('open'))} />
                <TextInput label={`${weekdayLabels[day.day]} closes`} type="time" disabled={day.closed} value={day.close} onChange={(v) => update((d) => void (d.businessHours.days[index]!.close = v))} {...field(p('close'))} />
              </li>
            );
          })}
        </ul>
      </Section>

      <Section title="Out of hours" description="What the agent does outside business hours.">
        <Select label="Out-of-hours behaviour" value={state.outOfHours.mode} options={outOfHoursOptions} onChange={(v) => update((d) => void (d.outOfHours.mode = v))} {...field('outOfHours.mode')} />
        <TextArea label="Out-of-hours notice" rows={2} maxLength={1000} value={state.outOfHours.notice} onChange={(v) => update((d) => void (d.outOfHours.notice = v))} {...field('outOfHours.notice')} />
      </Section>

      <AgentChannelOverridesSection {...sectionProps} channels={channels} />
      <AgentCommentsSection {...sectionProps} />
      <AgentHandoffSection {...sectionProps} />
      <AgentGuardrailsSection {...sectionProps} />

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:flex-row sm:items-center sm:rounded-xl sm:border-0 sm:shadow-sm sm:ring-1 sm:ring-slate-200">
        <div className="min-w-0 flex-1">
          <label htmlFor={idFor('note')} className="sr-only">Change note (optional)</label>
          <input id={idFor('note')} name="note" maxLength={200} placeholder="Change note (optional)" className={inputClass} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <p aria-live="polite" className="text-sm text-slate-600">
            {dirty ? (restored ? 'Unsaved changes (kept from this tab)' : 'Unsaved changes') : editedVersion > 0 ? `Version ${editedVersion}` : 'Defaults (not saved yet)'}
          </p>
          {/* Unsaved changes travel through sessionStorage, so this link does not ask to discard them. */}
          <Link href={dirty ? '/agent/playground?settings=draft' : '/agent/playground'} data-keeps-draft className="whitespace-nowrap text-sm font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
            Try in playground
          </Link>
          <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
        </div>
      </div>
      {Object.keys(clientErrors).length ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">Please fix the highlighted fields.</p> : <FormMessage state={result} />}
    </form>
  );
}
