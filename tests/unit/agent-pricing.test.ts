// Cost estimates: list price per 1M tokens × tokens = micro-dollars; dated snapshots priced as
// their base model; unknown models priced as the provider default and flagged.
import { describe, expect, it } from 'vitest';
import { describePrice, estimateCostMicros, pricingFor } from '@/lib/agent/providers/pricing';
import { providerCatalog } from '@/lib/agent/providers/provider-catalog';

describe('pricing', () => {
  it('prices known models from the table', () => {
    expect(pricingFor('openai', 'gpt-4o-mini')).toMatchObject({ inputPerMillion: 0.15, outputPerMillion: 0.6, known: true });
    expect(pricingFor('gemini', 'gemini-2.5-flash')).toMatchObject({ inputPerMillion: 0.3, outputPerMillion: 2.5, known: true });
    expect(pricingFor('xai', 'grok-3')).toMatchObject({ inputPerMillion: 3, outputPerMillion: 15, known: true });
  });

  it('estimates cost in micro-dollars', () => {
    // 1,000 in × $0.15/1M + 500 out × $0.60/1M = $0.00015 + $0.0003 = 450 micros.
    expect(estimateCostMicros({ provider: 'openai', model: 'gpt-4o-mini', inputTokens: 1000, outputTokens: 500 })).toBe(450);
    expect(estimateCostMicros({ provider: 'xai', model: 'grok-3', inputTokens: 2000, outputTokens: 100 })).toBe(7500);
    expect(estimateCostMicros({ provider: 'offline', model: 'offline-grounded', inputTokens: 5000, outputTokens: 5000 })).toBe(0);
    expect(estimateCostMicros({ provider: 'gemini', model: 'gemini-1.5-flash', inputTokens: 3, outputTokens: 0 })).toBe(0);
  });

  it('prices dated snapshots as their base model, but not other models sharing a prefix', () => {
    expect(pricingFor('openai', 'gpt-4o-mini-2024-07-18')).toMatchObject({ known: true, pricedAs: 'gpt-4o-mini' });
    expect(pricingFor('gemini', 'models/gemini-1.5-flash-002')).toMatchObject({ known: true, pricedAs: 'gemini-1.5-flash' });
    expect(pricingFor('openai', 'GPT-4.1-Mini')).toMatchObject({ known: true, pricedAs: 'gpt-4.1-mini' });
    expect(pricingFor('openai', 'gpt-4o-audio-preview')).toMatchObject({ known: false, pricedAs: 'gpt-4o-mini' });
  });

  it('falls back to the provider default model price for unknown models, flagged', () => {
    const price = pricingFor('xai', 'grok-99');
    expect(price).toMatchObject({ known: false, pricedAs: providerCatalog.xai.defaultModel, inputPerMillion: 0.3 });
    expect(estimateCostMicros({ provider: 'xai', model: 'grok-99', inputTokens: 1000, outputTokens: 1000 })).toBe(800);
  });

  it('has a price for every suggested and default model', () => {
    for (const info of Object.values(providerCatalog)) {
      for (const model of [info.defaultModel, ...info.suggestedModels]) expect(pricingFor(info.id, model).known, `${info.id}/${model}`).toBe(true);
    }
  });

  it('describes a price for the model picker', () => {
    expect(describePrice(pricingFor('openai', 'gpt-4o'))).toBe('$2.50 in / $10.00 out per 1M tokens');
    expect(describePrice(pricingFor('gemini', 'gemini-1.5-flash'))).toBe('$0.075 in / $0.30 out per 1M tokens');
  });
});
