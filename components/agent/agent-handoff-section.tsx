'use client';
import { PhraseListInput, Section, TextInput, type SectionProps } from './agent-form-controls';
import { FieldNotes, fieldDescribedBy } from '@/components/ui/form-field';
import { labelClass } from '@/components/ui/form-status';

/**
 * Number fields keep what was typed (the schema coerces "3" → 3 and reports "Use a whole number."),
 * so a half-typed value is never silently replaced.
 */
export function numberInputValue(value: number | string): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : String(value ?? '');
}

/** 0.2 → "20%": how the grounding threshold reads to an owner. */
export function groundingPercent(value: number | string): string {
  const number = Number(value);
  return Number.isFinite(number) ? `${Math.round(number * 100)}%` : '—';
}

export function AgentHandoffSection({ state, update, field }: SectionProps) {
  const grounding = field('handoff.minGrounding');
  const hint = 'How sure the agent must be. Every answer is checked against your products, offers, FAQ and knowledge files; when the best match supports it less than this, the agent hands the conversation to a person instead of guessing. 0% turns this check off.';
  return (
    <Section title="Handoff" description="When the agent stops and passes the conversation to your team (it is marked “needs a human” and your team is notified). Customers who ask for a person are always handed over.">
      <PhraseListInput
        label="Handoff keywords"
        hint="Words or phrases separated by commas or new lines, e.g. refund, complaint, lawyer."
        value={state.handoff.keywords}
        onChange={(v) => update((d) => void (d.handoff.keywords = v))}
        {...field('handoff.keywords')}
      />
      <PhraseListInput
        label="Topics the agent must not handle"
        hint="e.g. medical advice, legal questions, cancellations."
        value={state.handoff.topics}
        onChange={(v) => update((d) => void (d.handoff.topics = v))}
        {...field('handoff.topics')}
      />
      <TextInput
        label="Hand off after this many unresolved messages"
        hint="Customer messages in a row the agent could not answer. 0 = never hand off for this reason."
        type="number"
        inputMode="numeric"
        min={0}
        max={20}
        value={numberInputValue(state.handoff.maxUnresolvedTurns)}
        // The schema coerces the typed text; see numberInputValue.
        onChange={(v) => update((d) => void (d.handoff.maxUnresolvedTurns = v as unknown as number))}
        {...field('handoff.maxUnresolvedTurns')}
      />
      <div>
        <label htmlFor={grounding.id} className={labelClass}>
          Minimum grounding: <output htmlFor={grounding.id}>{groundingPercent(state.handoff.minGrounding)}</output>
        </label>
        <input
          id={grounding.id}
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={Number(state.handoff.minGrounding) || 0}
          onChange={(event) => update((d) => void (d.handoff.minGrounding = Number(event.target.value)))}
          aria-valuetext={groundingPercent(state.handoff.minGrounding)}
          aria-invalid={grounding.errors?.length ? true : undefined}
          aria-describedby={fieldDescribedBy(grounding.id, hint, grounding.errors)}
          className="mt-2 w-full accent-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
        />
        <FieldNotes id={grounding.id} hint={hint} errors={grounding.errors} />
      </div>
    </Section>
  );
}

export function AgentGuardrailsSection({ state, update, field }: SectionProps) {
  return (
    <Section title="Guardrails" description="Hard limits checked on every reply before it is sent or drafted.">
      <PhraseListInput
        label="Blocked phrases"
        hint="A reply containing any of these is never sent; the conversation goes to a person instead. Separate with commas or new lines."
        value={state.guardrails.blockedPhrases}
        onChange={(v) => update((d) => void (d.guardrails.blockedPhrases = v))}
        {...field('guardrails.blockedPhrases')}
      />
      <TextInput
        label="Most AI replies per conversation per hour"
        hint="Stops reply loops with bots or very long chats: beyond this, a person takes over. 1–60."
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={numberInputValue(state.guardrails.maxRepliesPerHour)}
        onChange={(v) => update((d) => void (d.guardrails.maxRepliesPerHour = v as unknown as number))}
        {...field('guardrails.maxRepliesPerHour')}
      />
    </Section>
  );
}
