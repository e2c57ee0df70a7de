'use client';
import { EmptyState, ListError, Section, TextArea, TextInput, addButtonClass, removeButtonClass, type SectionProps } from './agent-form-controls';

export function AgentFaqSection({ state, update, field, errors, focusLater }: SectionProps) {
  return (
    <Section title="FAQ" description="Questions customers ask often, with the answer the agent should give. The agent quotes these as sources.">
      <ListError errors={errors.faq} />
      {state.faq.length === 0 ? <EmptyState>No questions yet. Add the ones your team answers every day.</EmptyState> : null}
      <ol className="space-y-4">
        {state.faq.map((entry, index) => {
          const p = (key: string) => `faq.${index}.${key}`;
          return (
            <li key={index}>
              <fieldset className="rounded-lg p-4 ring-1 ring-slate-200">
                <legend className="px-1 text-sm font-semibold text-slate-800">Question {index + 1}</legend>
                <div className="space-y-3">
                  <TextInput label="Question" maxLength={500} value={entry.question} onChange={(v) => update((d) => void (d.faq[index]!.question = v))} {...field(p('question'))} />
                  <TextArea label="Answer" rows={3} maxLength={4000} value={entry.answer} onChange={(v) => update((d) => void (d.faq[index]!.answer = v))} {...field(p('answer'))} />
                </div>
                <button type="button" className={removeButtonClass} onClick={() => update((d) => void d.faq.splice(index, 1))}>
                  Remove question {index + 1}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={addButtonClass}
        disabled={state.faq.length >= 200}
        onClick={() => {
          update((d) => void d.faq.push({ question: '', answer: '' }));
          focusLater(`faq.${state.faq.length}.question`);
        }}
      >
        Add question
      </button>
    </Section>
  );
}
