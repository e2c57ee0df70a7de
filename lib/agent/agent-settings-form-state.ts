// What the /agent form edits: the settings with every field as the user types it (prices as
// strings, no computed priceMinor). Kept out of the client component so the server page can build it.
import type { AgentSettings, ChannelOverride, CommentRules, Faq, Guardrails, HandoffRules, Weekday } from './agent-settings.schema';

export type FormProduct = { name: string; description: string; price: string; currency: string; url: string; imageUrl: string };
export type FormOffer = { text: string; code: string; validFrom: string; validUntil: string };
export type FormDay = { day: Weekday; closed: boolean; open: string; close: string };
export type AgentSettingsFormState = {
  name: string;
  systemInstructions: string;
  introMessage: string;
  discloseAi: boolean;
  brandVoice: { tone: string; notes: string };
  products: FormProduct[];
  offers: FormOffer[];
  bookingUrl: string;
  languages: { replyInCustomerLanguage: boolean; fallback: string };
  businessHours: { timeZone: string; days: FormDay[] };
  outOfHours: { mode: string; notice: string };
  mode: string;
  channelOverrides: ChannelOverride[];
  faq: Faq[];
  comments: CommentRules;
  handoff: HandoffRules;
  guardrails: Guardrails;
};

export function toFormState(settings: AgentSettings): AgentSettingsFormState {
  return {
    name: settings.name,
    systemInstructions: settings.systemInstructions,
    introMessage: settings.introMessage,
    discloseAi: settings.discloseAi,
    brandVoice: { ...settings.brandVoice },
    products: settings.products.map(({ name, description, price, currency, url, imageUrl }) => ({ name, description, price, currency, url, imageUrl })),
    offers: settings.offers.map(({ text, code, validFrom, validUntil }) => ({ text, code, validFrom, validUntil })),
    bookingUrl: settings.bookingUrl,
    languages: { ...settings.languages },
    businessHours: { timeZone: settings.businessHours.timeZone, days: settings.businessHours.days.map((day) => ({ ...day })) },
    outOfHours: { ...settings.outOfHours },
    mode: settings.mode,
    channelOverrides: settings.channelOverrides.map((o) => ({ ...o })),
    faq: settings.faq.map((f) => ({ ...f })),
    comments: { ...settings.comments, keywords: [...settings.comments.keywords] },
    handoff: { ...settings.handoff, keywords: [...settings.handoff.keywords], topics: [...settings.handoff.topics] },
    guardrails: { ...settings.guardrails, blockedPhrases: [...settings.guardrails.blockedPhrases] },
  };
}

const sectionLabels: Record<string, string> = {
  name: 'Name',
  systemInstructions: 'Instructions',
  introMessage: 'Intro message',
  discloseAi: 'AI disclosure',
  brandVoice: 'Brand voice',
  products: 'Products',
  offers: 'Offers',
  bookingUrl: 'Booking link',
  languages: 'Languages',
  businessHours: 'Business hours',
  outOfHours: 'Out of hours',
  mode: 'Mode',
  channelOverrides: 'Channels',
  faq: 'FAQ',
  comments: 'Comments',
  handoff: 'Handoff',
  guardrails: 'Guardrails',
};

/** Changed field paths → the form sections they belong to, in form order, for the history list. */
export function changedSections(paths: string[]): string[] {
  const tops = new Set(paths.map((path) => path.split('.')[0]!));
  return Object.keys(sectionLabels).filter((key) => tops.has(key)).map((key) => sectionLabels[key]!);
}
