// Estimated cost of one provider call. These are the vendors' public list prices (USD per 1M
// tokens, standard tier, prompts under any long-context threshold) as of writing: ESTIMATES for
// the usage page and the monthly cap, never an invoice. Vendors change prices and bill cached
// input, batch and long context differently; update the table when they do.
import type { ProviderId } from './agent-provider';
import { defaultModelFor } from './provider-catalog';

type Price = { inputPerMillion: number; outputPerMillion: number };

const listPrices: Record<ProviderId, Record<string, Price>> = {
  offline: { 'offline-grounded': { inputPerMillion: 0, outputPerMillion: 0 } },
  openai: {
    'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
    'gpt-4.1': { inputPerMillion: 2, outputPerMillion: 8 },
    'gpt-4.1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 },
    'gpt-4.1-nano': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  },
  gemini: {
    'gemini-1.5-flash': { inputPerMillion: 0.075, outputPerMillion: 0.3 },
    'gemini-1.5-pro': { inputPerMillion: 1.25, outputPerMillion: 5 },
    'gemini-2.0-flash': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
    'gemini-2.0-flash-lite': { inputPerMillion: 0.075, outputPerMillion: 0.3 },
    'gemini-2.5-flash': { inputPerMillion: 0.3, outputPerMillion: 2.5 },
    'gemini-2.5-pro': { inputPerMillion: 1.25, outputPerMillion: 10 },
  },
  xai: {
    'grok-2-latest': { inputPerMillion: 2, outputPerMillion: 10 },
    'grok-3': { inputPerMillion: 3, outputPerMillion: 15 },
    'grok-3-mini': { inputPerMillion: 0.3, outputPerMillion: 0.5 },
  },
};

export type ModelPricing = Price & {
  /** false when the model is not in the table and the provider's default model price was used instead. */
  known: boolean;
  /** The table entry the price came from. */
  pricedAs: string;
};

// Dated snapshots and aliases ("gpt-4o-mini-2024-07-18", "gemini-1.5-flash-002", "grok-3-latest")
// cost the same as their base model; anything else after a known prefix is a different model.
const snapshotSuffix = /^-(\d{4}-\d{2}-\d{2}|\d{2,4}|latest)$/;

/** List price of a model, falling back (flagged `known: false`) to the provider's default model. */
export function pricingFor(provider: ProviderId, model: string): ModelPricing {
  const table = listPrices[provider];
  const id = model.trim().toLowerCase().replace(/^models\//, '');
  if (table[id]) return { ...table[id], known: true, pricedAs: id };
  const base = Object.keys(table)
    .filter((name) => id.startsWith(name) && snapshotSuffix.test(id.slice(name.length)))
    .sort((a, b) => b.length - a.length)[0];
  if (base) return { ...table[base]!, known: true, pricedAs: base };
  const fallback = defaultModelFor(provider);
  return { ...table[fallback]!, known: false, pricedAs: fallback };
}

/**
 * Estimated cost in millionths of a US dollar. Price per 1M tokens × tokens / 1M gives dollars,
 * so in micro-dollars it is simply tokens × price per 1M.
 */
export function estimateCostMicros({ provider, model, inputTokens, outputTokens }: { provider: ProviderId; model: string; inputTokens: number; outputTokens: number }): number {
  const price = pricingFor(provider, model);
  const micros = Math.max(0, inputTokens) * price.inputPerMillion + Math.max(0, outputTokens) * price.outputPerMillion;
  return Math.round(micros);
}

/** "$0.15 in / $0.60 out per 1M tokens" for the model picker. */
export function describePrice(pricing: Pick<ModelPricing, 'inputPerMillion' | 'outputPerMillion'>): string {
  const usd = (n: number) => `$${n < 0.1 && n > 0 ? n.toFixed(3) : n.toFixed(2)}`;
  return `${usd(pricing.inputPerMillion)} in / ${usd(pricing.outputPerMillion)} out per 1M tokens`;
}
