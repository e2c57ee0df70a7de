// The /agent form renders every section from stored settings (server render, no browser): labels
// wired to inputs, expired offers marked, products listed, an empty state when there are none.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AgentSettingsForm } from '@/components/agent/agent-settings-form';
import { agentSettingsSchema, defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { changedSections, toFormState } from '@/lib/agent/agent-settings-form-state';

const action = async () => ({ ok: true as const });

function render(settings = defaultAgentSettings(), version = 0) {
  return renderToStaticMarkup(createElement(AgentSettingsForm, { action, initial: toFormState(settings), version, timeZones: ['UTC', 'Europe/Berlin'], now: '2026-06-01T10:00:00.000Z' }));
}

describe('AgentSettingsForm', () => {
  it('renders all sections with empty states for a new workspace', () => {
    const html = render();
    for (const title of ['Identity', 'Brand voice', 'Products', 'Offers', 'Booking link', 'Languages', 'Business hours', 'Out of hours']) expect(html).toContain(`>${title}</h2>`);
    expect(html).toContain('No products yet');
    expect(html).toContain('No offers.');
    expect(html).toContain('Defaults (not saved yet)');
    expect(html).toContain('Monday opens');
    expect(html).toContain('name="expectedVersion" value="0"');
  });

  it('marks expired offers as never mentioned and lists products', () => {
    const settings = agentSettingsSchema.parse({
      ...defaultAgentSettings(),
      products: [{ name: 'Candle', price: '19.90', currency: 'EUR' }],
      offers: [
        { text: 'Spring sale', validFrom: '2026-03-01', validUntil: '2026-05-31' },
        { text: 'Summer sale', validFrom: '2026-06-01', validUntil: '2026-08-31' },
        { text: 'Autumn sale', validFrom: '2026-09-01' },
      ],
    });
    const html = render(settings, 4);
    expect(html).toContain('Product 1: Candle');
    expect(html.match(/Expired — never mentioned/g)).toHaveLength(1);
    expect(html).toContain('Active');
    expect(html).toContain('Not valid yet');
    expect(html).toContain('Version 4');
  });
});

describe('changedSections', () => {
  it('maps field paths to form sections in form order', () => {
    expect(changedSections(['products.0.price', 'name', 'businessHours.days.2.closed', 'products'])).toEqual(['Name', 'Products', 'Business hours']);
  });
});
