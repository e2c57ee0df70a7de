import { describe, expect, it, vi } from 'vitest';
import { agentSettingsSchema, defaultAgentSettings, type AgentSettingsInput } from '@/lib/agent/agent-settings.schema';
import type { KnowledgePassage } from '@/lib/agent/engine/grounding';
import { retrieveSources } from '@/lib/agent/engine/retrieve-sources';

const now = new Date('2026-11-25T10:00:00Z');
const settingsWith = (overrides: Partial<AgentSettingsInput>) => agentSettingsSchema.parse({ ...defaultAgentSettings(), ...overrides });
const passage = (chunkId: string, text: string, heading: string | null = null): KnowledgePassage => ({ chunkId, fileId: 'file-1', fileName: 'guide.md', heading, text, rank: 0.5 });

const shop = settingsWith({
  products: [
    { name: 'Linen Shirt', description: 'Breathable linen.', price: '49', currency: 'EUR' },
    { name: 'Canvas Tote', description: 'Cotton bag.', price: '19.9', currency: 'EUR' },
  ],
  offers: [
    { text: '10% off linen shirts', code: 'LINEN10', validUntil: '2026-12-31' },
    { text: '50% off everything', code: 'OLD50', validUntil: '2026-10-01' },
    { text: 'Black Friday', code: 'BF30', validFrom: '2026-11-27' },
  ],
  faq: [{ question: 'Do you ship internationally?', answer: 'Yes, to the EU and the UK.' }],
});

async function retrieve(query: string, passages: KnowledgePassage[] = [], settings = shop) {
  return retrieveSources({ settings, now, language: 'en', query, searchKnowledge: async () => passages });
}

describe('retrieveSources', () => {
  it('ranks the product named in the question first, with a 0–1 score and structured details', async () => {
    const [first, ...rest] = await retrieve('How much is the canvas tote?');
    expect(first).toMatchObject({ type: 'product', id: 'product:1', title: 'Canvas Tote', details: { price: '€19.90' } });
    expect(first!.score).toBeGreaterThan(0.8);
    expect(first!.score).toBeLessThanOrEqual(1);
    for (const source of rest) expect(source.score).toBeLessThan(first!.score);
  });

  it('finds active offers for a discount question and never expired or upcoming ones', async () => {
    const sources = await retrieve('Any discount codes?');
    expect(sources.filter((source) => source.type === 'offer').map((source) => source.id)).toEqual(['offer:0']);
    expect(JSON.stringify(sources)).not.toMatch(/OLD50|BF30/);
  });

  it('answers FAQ questions with the answer as excerpt', async () => {
    const [first] = await retrieve('Do you ship to the UK?');
    expect(first).toMatchObject({ type: 'faq', id: 'faq:0', title: 'Do you ship internationally?', excerpt: 'Yes, to the EU and the UK.' });
  });

  it('merges knowledge passages with file id and "file › heading" titles, scored like the rest', async () => {
    const sources = await retrieve('How do I wash linen?', [passage('c1', 'Wash linen at 30 degrees.', 'Washing'), passage('c2', 'Store wool in a drawer.')]);
    const knowledge = sources.find((source) => source.type === 'knowledge');
    expect(knowledge).toMatchObject({ id: 'c1', fileId: 'file-1', title: 'guide.md › Washing' });
    expect(sources.find((source) => source.id === 'c2')).toBeUndefined();
  });

  it('returns nothing for an unrelated question and skips the knowledge search for small talk', async () => {
    expect(await retrieve('Do you sell electric bikes?')).toEqual([]);
    const search = vi.fn(async () => []);
    await retrieveSources({ settings: shop, now, language: 'en', query: 'Hi, thanks!', searchKnowledge: search });
    expect(search).not.toHaveBeenCalled();
  });

  it('asks the knowledge search for 5 passages with the query', async () => {
    const search = vi.fn(async () => []);
    await retrieveSources({ settings: shop, now, language: 'en', query: 'return policy', searchKnowledge: search });
    expect(search).toHaveBeenCalledWith('return policy', 5);
  });

  it('answers "when are you open?" from the configured business hours, not from products', async () => {
    const [first] = await retrieve('When are you open on Saturday?');
    expect(first).toMatchObject({ type: 'hours', id: 'hours', title: 'Opening hours' });
    expect(first!.excerpt).toContain('Saturday closed');
    expect(first!.score).toBeGreaterThanOrEqual(shop.handoff.minGrounding);
  });

  it('does not count the business calling itself a shop as grounding (issue 14)', async () => {
    const giftCards = passage('c1', 'Gift cards are sold in the shop and online. They are valid for three years.', 'Gift cards');
    expect(await retrieve('What is the wifi password in your shop?', [giftCards])).toEqual([]);
    expect(await retrieve('Wie lautet das WLAN-Passwort in eurem Laden?', [passage('c2', 'Gutscheine gibt es in unserem Laden.')])).toEqual([]);
    // …but a question about the business itself is answered by a source about it, whatever word it uses.
    const [where] = await retrieve('Where exactly is your store located?', [], settingsWith({ faq: [{ question: 'Where can I find you?', answer: 'Our shop is at Torstraße 1.' }] }));
    expect(where).toMatchObject({ type: 'faq', id: 'faq:0' });
  });

  it('needs at least half of the key terms in one source, not one shared word out of three', async () => {
    const shirts = settingsWith({ products: [{ name: 'Linen Shirt', description: 'Breathable linen.', price: '49', currency: 'EUR' }] });
    expect(await retrieve('Do you repair torn shirts with invisible stitching?', [], shirts)).toEqual([]);
    const [shirt] = await retrieve('Is the linen shirt breathable?', [], shirts);
    expect(shirt).toMatchObject({ type: 'product', title: 'Linen Shirt' });
  });
});


describe('key terms ignore placeholders and fillers (issue 14 grounding × placeholder evals)', () => {
  it('"[PHONE_1]" / "(PHONE_1)" and "unter" are not topics a passage must cover', async () => {
    const { keyTerms } = await import('@/lib/agent/engine/retrieve-sources');
    expect(keyTerms('Kann ich die Jacke innerhalb von 30 Tagen zurückgeben? Rufen Sie mich unter (PHONE_1) an.').terms).toEqual(['jacke', 'innerhalb', '30', 'tagen', 'zuruckgeben', 'rufen']);
    expect(keyTerms('Call me at [PHONE_1] about the linen shirt').terms).not.toContain('phone');
  });
});
