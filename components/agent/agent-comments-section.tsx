'use client';
import { commentActionOptions } from '@/lib/agent/agent-settings.schema';
import { PhraseListInput, Section, Select, TextArea, type SectionProps } from './agent-form-controls';

export function AgentCommentsSection({ state, update, field }: SectionProps) {
  const off = state.comments.action === 'off';
  return (
    <Section title="Instagram comments" description="Whether the agent answers comments on your posts. Instagram allows one private reply per comment, within 7 days of it.">
      <Select
        label="Comment replies"
        value={state.comments.action}
        options={commentActionOptions}
        onChange={(v) => update((d) => void (d.comments.action = v as typeof d.comments.action))}
        {...field('comments.action')}
      />
      {off ? null : (
        <>
          <PhraseListInput
            label="Only comments containing"
            hint="Keywords separated by commas or new lines, e.g. price, link, available. Leave empty to answer every comment."
            placeholder={'price\nlink'}
            value={state.comments.keywords}
            onChange={(v) => update((d) => void (d.comments.keywords = v))}
            {...field('comments.keywords')}
          />
          {state.comments.action === 'private' || state.comments.action === 'both' ? (
            <TextArea
              label="Private reply"
              hint="The DM sent to the commenter. Leave empty to let the agent write it from your products and FAQ."
              rows={3}
              maxLength={1000}
              value={state.comments.privateMessage}
              onChange={(v) => update((d) => void (d.comments.privateMessage = v))}
              {...field('comments.privateMessage')}
            />
          ) : null}
        </>
      )}
    </Section>
  );
}
