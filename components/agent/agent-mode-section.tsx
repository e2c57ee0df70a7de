'use client';
import { agentModeValues, type AgentMode } from '@/lib/agent/agent-settings.schema';
import { Section, type SectionProps } from './agent-form-controls';

/** What each workspace mode means, in the owner's words (also used for the channel override picker). */
export const modeExplanations: Record<AgentMode, { label: string; explanation: string }> = {
  off: { label: 'Off', explanation: 'The agent does not answer. Your team replies to everything.' },
  draft: { label: 'Draft', explanation: 'The agent writes a draft for each new message; a teammate approves, edits or discards it before anything is sent.' },
  auto: { label: 'Auto-send', explanation: 'The agent replies by itself. It still hands over to a person when a handoff rule fires.' },
};

export function AgentModeSection({ state, update, field }: SectionProps) {
  const { id, errors } = field('mode');
  return (
    <Section title="Mode" description="Whether the agent answers, and whether a person checks its replies first. Channels can override this below.">
      <fieldset aria-describedby={errors?.length ? `${id}-error` : undefined}>
        <legend className="sr-only">AI assistant mode</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {agentModeValues.map((mode) => {
            const checked = state.mode === mode;
            return (
              <label
                key={mode}
                className={`flex cursor-pointer gap-3 rounded-lg p-3 ring-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${checked ? 'bg-brand-50 ring-brand-400' : 'bg-white ring-slate-200 hover:bg-slate-50'}`}
              >
                {/* The mode travels inside the settings JSON. A named radio would also be posted as a
                    field of its own, which the action's strict schema refuses; pointing the radios at
                    no form keeps their native grouping (arrow keys) without submitting them. */}
                <input
                  type="radio"
                  name="agent-mode"
                  form={`${id}-not-submitted`}
                  value={mode}
                  id={mode === agentModeValues[0] ? id : undefined}
                  checked={checked}
                  onChange={() => update((d) => void (d.mode = mode))}
                  aria-describedby={`${id}-${mode}-explanation`}
                  className="mt-1 size-4 text-brand-600"
                />
                <span>
                  <span className="block text-sm font-semibold text-slate-900">{modeExplanations[mode].label}</span>
                  <span id={`${id}-${mode}-explanation`} className="block text-xs text-slate-600">{modeExplanations[mode].explanation}</span>
                </span>
              </label>
            );
          })}
        </div>
        {errors?.length ? <p id={`${id}-error`} className="mt-2 text-sm text-red-600">{errors.join(' ')}</p> : null}
      </fieldset>
    </Section>
  );
}
