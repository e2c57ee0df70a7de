// The new /agent form sections (mode, channel overrides, FAQ, comments, handoff, guardrails)
// rendered from stored settings on the server: labels wired, rows listed, errors at their path.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AgentChannelOverridesSection } from '@/components/agent/agent-channel-overrides-section';
import { AgentSettingsForm } from '@/components/agent/agent-settings-form';
import { parsePhraseList, type SectionProps } from '@/components/agent/agent-form-controls';
import { groundingPercent, numberInputValue } from '@/components/agent/agent-handoff-section';
import { agentSettingsSchema, defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { toFormState } from '@/lib/agent/agent-settings-form-state';

const action = async () => ({ ok: true as const });
const shopChannel = { id: '0190c7d2-6a4e-7000-8000-000000000001', name: 'Demo Shop', type: 'instagram' as const, connected: true };
const pageChannel = { id: '0190c7d2-6a4e-7000-8000-000000000002', name: 'Demo Page', type: 'messenger' as const, connected: true };

function render(settings = defaultAgentSettings(), channels = [shopChannel, pageChannel]) {
  return renderToStaticMarkup(createElement(AgentSettingsForm, { action, initial: toFormState(settings), version: 2, timeZones: ['UTC'], now: '2026-06-01T10:00:00.000Z', channels, draftKey: 'k' }));
}

function sectionProps(settings = defaultAgentSettings(), errors: Record<string, string[]> = {}): SectionProps {
  return {
    state: toFormState(settings),
    update: () => {},
    field: (path) => ({ id: `f-${path.replace(/\./g, '-')}`, errors: errors[path] }),
    errors,
    focusLater: () => {},
  };
}

describe('agent settings form: new sections', () => {
  it('renders every new section with explanations and empty states', () => {
    const html = render();
    for (const title of ['Mode', 'FAQ', 'Channels', 'Instagram comments', 'Handoff', 'Guardrails']) expect(html).toContain(`>${title}</h2>`);
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="draft"/);
    expect(html).toContain('a teammate approves, edits or discards it');
    expect(html).toContain('No questions yet.');
    expect(html).toContain('No overrides: every channel uses the workspace settings.');
    expect(html).toContain('Minimum grounding: <output');
    expect(html).toContain('20%');
    expect(html).toContain('refund\ncomplaint\nlawyer');
    expect(html).toContain('Most AI replies per conversation per hour');
    expect(html).toContain('href="/agent/playground"');
    // Comment keywords are only asked for when comments are answered.
    expect(html).not.toContain('Only comments containing');
  });

  it('lists FAQ rows, channel overrides and comment rules from stored settings', () => {
    const settings = agentSettingsSchema.parse({
      ...defaultAgentSettings(),
      mode: 'auto',
      faq: [{ question: 'Do you ship to Austria?', answer: 'Yes, in 3 days.' }],
      channelOverrides: [{ channelId: shopChannel.id, mode: 'off', instructions: 'Short replies.', introMessage: '' }],
      comments: { action: 'both', keywords: ['price', 'link'], privateMessage: 'Check your DMs!' },
    });
    const html = render(settings);
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="auto"/);
    expect(html).toContain('Question 1');
    expect(html).toContain('Do you ship to Austria?');
    expect(html).toContain('Override 1: Instagram · Demo Shop');
    expect(html).toContain('Short replies.');
    expect(html).toContain('Remove override 1');
    expect(html).toContain('price\nlink');
    expect(html).toContain('Check your DMs!');
  });

  it('offers only channels without an override, keeps unknown channels and shows errors by path', () => {
    const missing = '0190c7d2-6a4e-7000-8000-0000000000ff';
    const settings = agentSettingsSchema.parse({
      ...defaultAgentSettings(),
      channelOverrides: [
        { channelId: shopChannel.id, mode: 'inherit' },
        { channelId: missing, mode: 'draft' },
      ],
    });
    const html = renderToStaticMarkup(
      createElement(AgentChannelOverridesSection, { ...sectionProps(settings, { 'channelOverrides.1.channelId': ['This channel already has an override.'] }), channels: [shopChannel, pageChannel] }),
    );
    const firstSelect = html.slice(html.indexOf('id="f-channelOverrides-0-channelId"'), html.indexOf('</select>'));
    expect(firstSelect).toContain('Demo Shop');
    expect(firstSelect).toContain('Demo Page');
    expect(html).toContain('Unknown or deleted channel');
    expect(html).toContain('id="f-channelOverrides-1-channelId-error"');
    expect(html).toContain('This channel already has an override.');
    expect(html).toMatch(/id="f-channelOverrides-1-channelId"[^>]*aria-invalid="true"/);
  });

  it('points to the channels page when none is connected', () => {
    const html = render(defaultAgentSettings(), []);
    expect(html).toContain('No channels connected yet.');
    expect(html).not.toContain('Add channel override');
  });
});

describe('form helpers', () => {
  it('parses comma and newline phrase lists', () => {
    expect(parsePhraseList('refund, complaint\n\n lawyer ,')).toEqual(['refund', 'complaint', 'lawyer']);
    expect(parsePhraseList('')).toEqual([]);
  });

  it('formats grounding as a percentage and keeps typed numbers', () => {
    expect(groundingPercent(0.2)).toBe('20%');
    expect(groundingPercent(0)).toBe('0%');
    expect(groundingPercent('x')).toBe('—');
    expect(numberInputValue(3)).toBe('3');
    expect(numberInputValue('1.')).toBe('1.');
  });
});
