// What the app knows about each provider without calling it: the name shown to owners, the model
// used when a workspace has not picked one, and the models suggested in the model picker.
// Default models are the cheapest current general-purpose model of each vendor that follows
// instructions well enough for customer replies; owners can type any other model id.
import type { ProviderId } from './agent-provider';

export type ProviderInfo = { id: ProviderId; label: string; defaultModel: string; suggestedModels: readonly string[] };

export const providerCatalog: Record<ProviderId, ProviderInfo> = {
  offline: { id: 'offline', label: 'Built-in offline responder', defaultModel: 'offline-grounded', suggestedModels: ['offline-grounded'] },
  openai: { id: 'openai', label: 'OpenAI', defaultModel: 'gpt-4o-mini', suggestedModels: ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1', 'gpt-4o'] },
  gemini: { id: 'gemini', label: 'Google Gemini', defaultModel: 'gemini-2.0-flash', suggestedModels: ['gemini-2.0-flash', 'gemini-2.5-flash', 'gemini-1.5-flash', 'gemini-1.5-pro'] },
  xai: { id: 'xai', label: 'xAI', defaultModel: 'grok-3-mini', suggestedModels: ['grok-3-mini', 'grok-3', 'grok-2-latest'] },
};

export const providerLabel = (id: ProviderId) => providerCatalog[id].label;
export const defaultModelFor = (id: ProviderId) => providerCatalog[id].defaultModel;
