'use client';
import Link from 'next/link';
import { channelLabel } from '@/lib/channels/channel-labels';
import type { ChannelSummary } from '@/lib/channels/list-channels';
import { agentModeValues } from '@/lib/agent/agent-settings.schema';
import { EmptyState, ListError, Section, Select, TextArea, addButtonClass, removeButtonClass, type SectionProps } from './agent-form-controls';
import { modeExplanations } from './agent-mode-section';

/** A channel the owner can pick for an override (the page passes the workspace's channels). */
export type OverrideChannel = { id: string; name: string; type: ChannelType; connected: boolean };

type ChannelType = ChannelSummary['type'];


const modeOptions = [
  { value: 'inherit', label: 'Same as the workspace' },
  ...agentModeValues.map((mode) => ({ value: mode, label: modeExplanations[mode].label })),
];

export function AgentChannelOverridesSection({ state, update, field, errors, focusLater, channels }: SectionProps & { channels: OverrideChannel[] }) {
  const used = new Set(state.channelOverrides.map((o) => o.channelId));
  const available = channels.filter((c) => c.connected && !used.has(c.id));
  return (
    <Section title="Channels" description="Give one channel its own mode, extra instructions or intro message. Channels without an override use the workspace settings.">
      <ListError errors={errors.channelOverrides} />
      {channels.length === 0 ? (
        <EmptyState>
          No channels connected yet. <Link href="/channels" className="font-medium text-brand-700 underline">Connect a channel</Link> to give it its own settings.
        </EmptyState>
      ) : state.channelOverrides.length === 0 ? (
        <EmptyState>No overrides: every channel uses the workspace settings.</EmptyState>
      ) : null}
      <ol className="space-y-4">
        {state.channelOverrides.map((override, index) => {
          const p = (key: string) => `channelOverrides.${index}.${key}`;
          const current = channels.find((c) => c.id === override.channelId);
          // The row's own channel stays selectable; a channel removed since keeps its id so nothing is lost silently.
          const options = [
            ...(override.channelId && !current ? [{ value: override.channelId, label: 'Unknown or deleted channel' }] : []),
            ...(override.channelId ? [] : [{ value: '', label: 'Choose a channel…' }]),
            ...channels
              .filter((c) => c.id === override.channelId || (c.connected && !used.has(c.id)))
              .map((c) => ({ value: c.id, label: `${channelLabel(c)}${c.connected ? '' : ' (disconnected)'}` })),
          ];
          return (
            <li key={index}>
              <fieldset className="rounded-lg p-4 ring-1 ring-slate-200">
                <legend className="px-1 text-sm font-semibold text-slate-800">Override {index + 1}{current ? `: ${channelLabel(current)}` : ''}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Select label="Channel" value={override.channelId} options={options} onChange={(v) => update((d) => void (d.channelOverrides[index]!.channelId = v))} {...field(p('channelId'))} />
                  <Select
                    label="Mode on this channel"
                    value={override.mode}
                    options={modeOptions}
                    onChange={(v) => update((d) => void (d.channelOverrides[index]!.mode = v as (typeof d.channelOverrides)[number]['mode']))}
                    {...field(p('mode'))}
                  />
                  <TextArea
                    className="sm:col-span-2"
                    label="Extra instructions for this channel"
                    hint="Added after the workspace instructions, e.g. “Keep Instagram replies under two sentences.”"
                    rows={3}
                    maxLength={4000}
                    value={override.instructions}
                    onChange={(v) => update((d) => void (d.channelOverrides[index]!.instructions = v))}
                    {...field(p('instructions'))}
                  />
                  <TextArea
                    className="sm:col-span-2"
                    label="Intro message on this channel"
                    hint="Replaces the workspace intro message here. Leave empty to use the workspace one."
                    rows={2}
                    maxLength={1000}
                    value={override.introMessage}
                    onChange={(v) => update((d) => void (d.channelOverrides[index]!.introMessage = v))}
                    {...field(p('introMessage'))}
                  />
                </div>
                <button type="button" className={removeButtonClass} onClick={() => update((d) => void d.channelOverrides.splice(index, 1))}>
                  Remove override {index + 1}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {channels.length > 0 ? (
        <button
          type="button"
          className={addButtonClass}
          disabled={available.length === 0 || state.channelOverrides.length >= 50}
          onClick={() => {
            update((d) => void d.channelOverrides.push({ channelId: available[0]!.id, mode: 'inherit', instructions: '', introMessage: '' }));
            focusLater(`channelOverrides.${state.channelOverrides.length}.channelId`);
          }}
        >
          Add channel override
        </button>
      ) : null}
    </Section>
  );
}
