'use client';
// Provider, model and the workspace's own key. The key field is write-only: it starts empty,
// blank keeps the saved key, and only "Key ending in abcd" is ever shown. The price estimate
// comes from the same table the usage page bills with (lib/agent/providers/pricing.ts).
import { useActionState, useState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import type { ProviderId } from '@/lib/agent/providers/agent-provider';
import { describePrice, pricingFor } from '@/lib/agent/providers/pricing';
import { providerCatalog } from '@/lib/agent/providers/provider-catalog';
import { FieldNotes, fieldDescribedBy } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

const choices: { id: ProviderId; hint: string }[] = [
  { id: 'offline', hint: 'Answers only from your products, offers, FAQ and knowledge. No key, no cost, no data leaves Relaydesk.' },
  { id: 'openai', hint: 'GPT models through the OpenAI API.' },
  { id: 'gemini', hint: 'Gemini models through the Google AI Studio API.' },
  { id: 'xai', hint: 'Grok models through the xAI API.' },
];

export function ProviderForm({ action, initial, platformKeys }: {
  action: Action;
  initial: { provider: ProviderId; model: string | null; apiKeyHint: string | null };
  /** Which providers have a platform key configured (booleans only; keys never reach the browser). */
  platformKeys: Record<ProviderId, boolean>;
}) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const { errors, values } = formStateOf(state);
  const [provider, setProvider] = useState<ProviderId>((values.provider as ProviderId | undefined) ?? initial.provider);
  const [model, setModel] = useState(values.model ?? (provider === initial.provider ? (initial.model ?? '') : ''));
  const info = providerCatalog[provider];
  const effectiveModel = model.trim() || info.defaultModel;
  const price = pricingFor(provider, effectiveModel);
  const keyIsForThisProvider = provider === initial.provider && initial.apiKeyHint;

  return (
    <form action={formAction} className="space-y-6 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6" noValidate>
      <FormMessage state={state} />
      <fieldset>
        <legend className={labelClass}>Provider</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {choices.map((choice) => (
            <label
              key={choice.id}
              className="flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
            >
              <input
                type="radio" name="provider" value={choice.id} checked={provider === choice.id}
                onChange={() => {
                  setProvider(choice.id);
                  setModel(choice.id === initial.provider ? (initial.model ?? '') : '');
                }}
                className="mt-1 size-4 accent-brand-600"
              />
              <span className="min-w-0">
                <span className="block text-sm font-semibold text-slate-900">{providerCatalog[choice.id].label}</span>
                <span className="block text-xs text-slate-600">{choice.hint}</span>
                {choice.id !== 'offline' && platformKeys[choice.id] ? <span className="mt-1 block text-xs font-medium text-emerald-700">Platform key available</span> : null}
              </span>
            </label>
          ))}
        </div>
        <FieldNotes id="provider" errors={errors.provider} />
      </fieldset>

      {provider === 'offline' ? (
        <input type="hidden" name="model" value="" />
      ) : (
        <>
          <div>
            <label htmlFor="model" className={labelClass}>Model</label>
            <input
              id="model" name="model" list="model-suggestions" value={model} onChange={(e) => setModel(e.target.value)}
              placeholder={info.defaultModel} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={100}
              aria-invalid={errors.model?.length ? true : undefined}
              aria-describedby={['model-price', fieldDescribedBy('model', 'hint', errors.model)].filter(Boolean).join(' ')}
              className={`mt-1 shadow-sm ${inputClass}`}
            />
            <datalist id="model-suggestions">
              {info.suggestedModels.map((m) => <option key={m} value={m} />)}
            </datalist>
            <p id="model-price" className="mt-1 text-xs text-slate-600" aria-live="polite">
              {effectiveModel}: about {describePrice(price)}
              {price.known ? '' : ` (unknown model: estimated at ${price.pricedAs} prices)`}. List prices, estimates only.
            </p>
            <FieldNotes id="model" hint={`Leave blank for the default (${info.defaultModel}). Suggestions: ${info.suggestedModels.join(', ')}.`} errors={errors.model} />
          </div>

          <div>
            <label htmlFor="apiKey" className={labelClass}>Workspace API key</label>
            {keyIsForThisProvider ? (
              <p className="mt-1 text-sm text-slate-700">Key ending in <span className="font-mono font-semibold">{initial.apiKeyHint}</span> is saved. Enter a new key to replace it.</p>
            ) : null}
            <input
              id="apiKey" name="apiKey" type="password" autoComplete="off" spellCheck={false} maxLength={500} defaultValue=""
              placeholder={keyIsForThisProvider ? 'Leave blank to keep the saved key' : `Paste your ${info.label} API key`}
              aria-invalid={errors.apiKey?.length ? true : undefined} aria-describedby={fieldDescribedBy('apiKey', 'hint', errors.apiKey)}
              className={`mt-1 shadow-sm ${inputClass}`}
            />
            <FieldNotes
              id="apiKey"
              hint={`Stored encrypted; only its last 4 characters are shown. ${platformKeys[provider] ? 'Without one, the platform key is used.' : 'Without one, the agent stays on the offline responder.'}`}
              errors={errors.apiKey}
            />
            {keyIsForThisProvider ? (
              <label className="mt-3 flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="removeKey" className="size-4 accent-brand-600" /> Remove the saved key
              </label>
            ) : initial.apiKeyHint && provider !== initial.provider ? (
              <p className="mt-2 text-xs text-amber-800">The saved {providerCatalog[initial.provider].label} key is removed when you switch provider.</p>
            ) : null}
          </div>
        </>
      )}

      <SubmitButton pendingLabel="Saving…">Save provider</SubmitButton>
    </form>
  );
}
