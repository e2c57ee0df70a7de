// The AI agent's settings: ONE zod schema shared by the /agent form (client-side checks) and
// saveAgentSettings (the server re-parses everything). Stored as JSON in AgentSettingsVersion.
// Pure helpers for the agent and the history view live here too (no I/O).
import { z } from 'zod';

export const toneOptions = [
  { value: 'friendly', label: 'Friendly' },
  { value: 'professional', label: 'Professional' },
  { value: 'playful', label: 'Playful' },
  { value: 'concise', label: 'Concise' },
  { value: 'luxury', label: 'Luxury' },
] as const;
export const toneValues = ['friendly', 'professional', 'playful', 'concise', 'luxury'] as const;

export const outOfHoursOptions = [
  { value: 'reply_normally', label: 'Reply normally' },
  { value: 'reply_with_notice', label: 'Reply and add the out-of-hours notice' },
  { value: 'draft_only', label: 'Only draft replies for the team to approve' },
] as const;
export const outOfHoursValues = ['reply_normally', 'reply_with_notice', 'draft_only'] as const;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
export const weekdayLabels: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

/** The disclosure line appended to the intro message when `discloseAi` is on. */
export const aiDisclosureLine = "I'm an AI assistant — ask for a person at any time and a teammate will take over.";

const trimmed = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters.`);
const httpsUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, `${label} is too long.`)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && Boolean(url.hostname);
      } catch {
        return false;
      }
    }, `${label} must be a full https:// address.`);
/** Optional https URL: an empty string means "none". */
const optionalHttpsUrl = (label: string) => z.union([z.literal(''), httpsUrl(label)]).optional().default('');

const isoDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), `${label} is not a real date.`);
const optionalIsoDate = (label: string) => z.union([z.literal(''), isoDate(label)]).optional().default('');

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function isValidCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency');
  return supported ? supported.includes(code) : true;
}

/** Digits after the decimal point for a currency (EUR 2, JPY 0, KWD 3). */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "19.9" EUR → 1990; "1200" JPY → 1200; null when the price has more decimals than the currency allows. */
export function priceToMinorUnits(price: string, currency: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(price.trim());
  if (!match) return null;
  const decimals = currencyDecimals(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return null;
  return Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

export const productSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the product a name.').max(200, 'Name must be at most 200 characters.'),
    description: trimmed(2000, 'Description').default(''),
    price: z.string().trim().regex(/^\d{1,9}(\.\d+)?$/, 'Price must be a number like 19.99 (no currency sign).'),
    currency: z
      .string()
      .trim()
      .transform((value) => value.toUpperCase())
      .refine(isValidCurrency, 'Currency must be a 3-letter ISO 4217 code, e.g. EUR.'),
    url: optionalHttpsUrl('Link'),
    imageUrl: optionalHttpsUrl('Image'),
  })
  .superRefine((product, issue) => {
    if (isValidCurrency(product.currency) && priceToMinorUnits(product.price, product.currency) === null) {
      issue.addIssue({ code: 'custom', path: ['price'], message: `${product.currency} prices have at most ${currencyDecimals(product.currency)} decimals.` });
    }
  })
  // Stored with the integer amount the agent quotes from; recomputed on every parse.
  .transform((product) => ({ ...product, priceMinor: priceToMinorUnits(product.price, product.currency)! }));

export const offerSchema = z
  .object({
    text: z.string().trim().min(1, 'Describe the offer.').max(1000, 'Offer must be at most 1000 characters.'),
    code: trimmed(50, 'Code').default(''),
    validFrom: optionalIsoDate('Start date'),
    validUntil: optionalIsoDate('End date'),
  })
  .refine((offer) => !offer.validFrom || !offer.validUntil || offer.validUntil >= offer.validFrom, {
    path: ['validUntil'],
    message: 'The end date must be on or after the start date.',
  });

const daySchema = z
  .object({
    day: z.enum(weekdays),
    closed: z.boolean(),
    open: z.string().regex(hhmm, 'Use HH:MM, e.g. 09:00.'),
    close: z.string().regex(hhmm, 'Use HH:MM, e.g. 17:30.'),
  })
  .refine((day) => day.closed || day.close > day.open, { path: ['close'], message: 'Closing time must be after opening time.' });

export const businessHoursSchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, 'Choose a valid time zone, e.g. Europe/Berlin.'),
  days: z
    .array(daySchema)
    .length(7, 'Business hours need all 7 days.')
    .refine((days) => days.every((day, index) => day.day === weekdays[index]), 'Days must run Monday to Sunday.'),
});

/** Off: the agent never answers. Draft: an operator approves every reply. Auto: the agent sends. */
export const agentModeValues = ['off', 'draft', 'auto'] as const;
export type AgentMode = (typeof agentModeValues)[number];
export const agentModeOptions = [
  { value: 'off', label: 'Off — the agent does not answer' },
  { value: 'draft', label: 'Draft — an operator approves each reply' },
  { value: 'auto', label: 'Auto-send — the agent replies by itself' },
] as const;

/** What the agent does with an Instagram comment that matches the rules. */
export const commentActionValues = ['off', 'public', 'private', 'both'] as const;
export const commentActionOptions = [
  { value: 'off', label: 'Do not answer comments' },
  { value: 'public', label: 'Reply publicly under the comment' },
  { value: 'private', label: 'Send one private DM reply (within 7 days)' },
  { value: 'both', label: 'Both: a public reply and a private DM' },
] as const;

/** Short phrase lists (keywords, topics, blocked phrases): trimmed, no empties, no duplicates. */
const phraseList = (label: string, max = 50) =>
  z
    .array(z.string().trim().max(100, `${label}: each entry must be at most 100 characters.`))
    .max(max, `${label}: at most ${max} entries.`)
    .default([])
    .transform((items) => [...new Set(items.filter(Boolean))]);

export const channelOverrideSchema = z.object({
  channelId: z.uuid('Choose a channel.'),
  /** "inherit" uses the workspace mode. */
  mode: z.enum(['inherit', ...agentModeValues], { message: 'Choose a mode.' }),
  /** Added after the workspace instructions for this channel only. */
  instructions: trimmed(4000, 'Channel instructions').default(''),
  /** Replaces the workspace intro message on this channel when set. */
  introMessage: trimmed(1000, 'Channel intro message').default(''),
});

export const faqSchema = z.object({
  question: z.string().trim().min(1, 'Write the question.').max(500, 'Question must be at most 500 characters.'),
  answer: z.string().trim().min(1, 'Write the answer.').max(4000, 'Answer must be at most 4000 characters.'),
});

export const commentRulesSchema = z.object({
  action: z.enum(commentActionValues, { message: 'Choose what to do with comments.' }).default('off'),
  /** Only comments containing one of these answer; empty = every comment. */
  keywords: phraseList('Comment keywords'),
  /** The private DM sent to a commenter (the agent writes it when empty). */
  privateMessage: trimmed(1000, 'Private reply').default(''),
});

export const handoffRulesSchema = z.object({
  /** Words or phrases that hand the conversation to a person ("refund", "complaint"). */
  keywords: phraseList('Handoff keywords'),
  /** Topics the agent must not handle ("legal", "medical", "cancellation"). */
  topics: phraseList('Handoff topics'),
  /** Hand off after this many customer messages in a row the agent could not resolve; 0 = never. */
  maxUnresolvedTurns: z.coerce.number().int('Use a whole number.').min(0, 'At least 0.').max(20, 'At most 20.').default(3),
  /** Hand off when the best source supports the answer less than this (0–1); 0 = never. */
  minGrounding: z.coerce.number().min(0, 'Between 0 and 1.').max(1, 'Between 0 and 1.').default(0.2),
});

export const guardrailsSchema = z.object({
  /** Replies containing any of these are never sent (they become a handoff). */
  blockedPhrases: phraseList('Blocked phrases', 100),
  /** At most this many AI replies per conversation per hour; more hand off to a person. */
  maxRepliesPerHour: z.coerce.number().int('Use a whole number.').min(1, 'At least 1.').max(60, 'At most 60.').default(10),
});

export type ChannelOverride = z.output<typeof channelOverrideSchema>;
export type CommentRules = z.output<typeof commentRulesSchema>;
export type HandoffRules = z.output<typeof handoffRulesSchema>;
export type Guardrails = z.output<typeof guardrailsSchema>;

export const agentSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the agent a name.').max(60, 'Name must be at most 60 characters.'),
    systemInstructions: trimmed(8000, 'Instructions').default(''),
    introMessage: trimmed(1000, 'Intro message').optional().default(''),
    discloseAi: z.boolean().default(true),
    brandVoice: z.object({
      tone: z.enum(toneValues, { message: 'Choose a tone.' }),
      notes: trimmed(1000, 'Voice notes').default(''),
    }),
    products: z.array(productSchema).max(200, 'At most 200 products.').default([]),
    offers: z.array(offerSchema).max(100, 'At most 100 offers.').default([]),
    bookingUrl: optionalHttpsUrl('Booking link'),
    languages: z.object({
      replyInCustomerLanguage: z.boolean().default(true),
      fallback: z
        .string()
        .trim()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'Use a language tag like en, de or pt-BR.')
        .refine((tag) => {
          try {
            return Intl.getCanonicalLocales(tag).length === 1;
          } catch {
            return false;
          }
        }, 'Use a language tag like en, de or pt-BR.'),
    }),
    businessHours: businessHoursSchema,
    outOfHours: z.object({
      mode: z.enum(outOfHoursValues, { message: 'Choose what happens out of hours.' }),
      notice: trimmed(1000, 'Notice').default(''),
    }),
    mode: z.enum(agentModeValues, { message: 'Choose a mode.' }).default('draft'),
    channelOverrides: z.array(channelOverrideSchema).max(50, 'At most 50 channel overrides.').default([]),
    faq: z.array(faqSchema).max(200, 'At most 200 questions.').default([]),
    comments: commentRulesSchema.default({ action: 'off', keywords: [], privateMessage: '' }),
    handoff: handoffRulesSchema.default({ keywords: [], topics: [], maxUnresolvedTurns: 3, minGrounding: 0.2 }),
    guardrails: guardrailsSchema.default({ blockedPhrases: [], maxRepliesPerHour: 10 }),
  })
  .superRefine((settings, issue) => {
    if (settings.outOfHours.mode === 'reply_with_notice' && !settings.outOfHours.notice) {
      issue.addIssue({ code: 'custom', path: ['outOfHours', 'notice'], message: 'Write the notice added to out-of-hours replies.' });
    }
    const seen = new Set<string>();
    settings.channelOverrides.forEach((override, index) => {
      if (seen.has(override.channelId)) issue.addIssue({ code: 'custom', path: ['channelOverrides', index, 'channelId'], message: 'This channel already has an override.' });
      seen.add(override.channelId);
    });
  });

/** What the form edits (prices as typed). */
export type AgentSettingsInput = z.input<typeof agentSettingsSchema>;
/** What is stored and what the agent reads (with priceMinor). */
export type AgentSettings = z.output<typeof agentSettingsSchema>;
export type Offer = z.output<typeof offerSchema>;
export type Product = z.output<typeof productSchema>;
export type Faq = z.output<typeof faqSchema>;
export type BusinessHours = z.output<typeof businessHoursSchema>;

/** A new workspace's agent: friendly, replies in the customer's language, Mon–Fri 9–17 in `timeZone`. */
export function defaultAgentSettings(timeZone = 'UTC'): AgentSettings {
  return agentSettingsSchema.parse({
    name: 'Assistant',
    systemInstructions:
      'You answer customer messages for our business. Be helpful and accurate, use only the products, offers and information you were given, and hand over to a person when you are unsure or the customer asks for one.',
    introMessage: 'Hi! Thanks for getting in touch — how can I help?',
    discloseAi: true,
    brandVoice: { tone: 'friendly', notes: '' },
    products: [],
    offers: [],
    bookingUrl: '',
    languages: { replyInCustomerLanguage: true, fallback: 'en' },
    businessHours: {
      timeZone: isValidTimeZone(timeZone) ? timeZone : 'UTC',
      days: weekdays.map((day) => ({ day, closed: day === 'sat' || day === 'sun', open: '09:00', close: '17:00' })),
    },
    outOfHours: { mode: 'reply_with_notice', notice: "We're away right now and will follow up during business hours." },
    mode: 'draft',
    channelOverrides: [],
    faq: [],
    comments: { action: 'off', keywords: [], privateMessage: '' },
    handoff: { keywords: ['refund', 'complaint', 'lawyer'], topics: [], maxUnresolvedTurns: 3, minGrounding: 0.2 },
    guardrails: { blockedPhrases: [], maxRepliesPerHour: 10 },
  });
}

/** The intro message as the customer sees it (with the disclosure line when enabled). */
export function introWithDisclosure(settings: Pick<AgentSettings, 'introMessage' | 'discloseAi'>): string {
  return [settings.introMessage, settings.discloseAi ? aiDisclosureLine : ''].filter(Boolean).join('\n\n');
}

// Building an Intl.DateTimeFormat loads the zone's rules and costs far more than formatting
// (it was ~1 % of the AI loop's CPU, once per turn): one per time zone, kept.
const zonedFormats = new Map<string, Intl.DateTimeFormat>();
function zonedFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zonedFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    // Time zones are a closed set (IANA names, validated by the settings schema): bounded.
    zonedFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date (YYYY-MM-DD) and wall-clock time of `now` in a time zone. */
export function zonedParts(now: Date, timeZone: string): { date: string; weekday: Weekday; time: string } {
  const parts = Object.fromEntries(
    zonedFormat(timeZone)
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday!.toLowerCase().slice(0, 3) as Weekday, time: `${parts.hour}:${parts.minute}` };
}

export function offerStatus(offer: Pick<Offer, 'validFrom' | 'validUntil'>, now: Date, timeZone = 'UTC'): 'active' | 'expired' | 'upcoming' {
  const today = zonedParts(now, timeZone).date;
  if (offer.validUntil && offer.validUntil < today) return 'expired';
  if (offer.validFrom && offer.validFrom > today) return 'upcoming';
  return 'active';
}

/** Offers the agent may mention today (in the business's time zone): expired offers are never mentioned. */
export function activeOffers<T extends Pick<Offer, 'validFrom' | 'validUntil'>>(offers: readonly T[], now: Date, timeZone = 'UTC'): T[] {
  return offers.filter((offer) => offerStatus(offer, now, timeZone) === 'active');
}

/** Whether `now` falls inside the opening hours, in the business's own time zone (DST included). */
export function isWithinBusinessHours(hours: BusinessHours, now: Date): boolean {
  const { weekday, time } = zonedParts(now, hours.timeZone);
  const day = hours.days.find((d) => d.day === weekday);
  return Boolean(day && !day.closed && time >= day.open && time < day.close);
}

/** Paths of the fields that differ between two settings ("brandVoice.tone", "products"), for the history view. */
export function diffSettings(a: unknown, b: unknown, prefix = ''): string[] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [prefix];
    return a.flatMap((item, index) => diffSettings(item, b[index], prefix ? `${prefix}.${index}` : String(index)));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => diffSettings(a[key], b[key], prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The mode for one channel after its override ("inherit" = the workspace mode). */
export function channelMode(settings: Pick<AgentSettings, 'mode' | 'channelOverrides'>, channelId: string): AgentMode {
  const override = settings.channelOverrides.find((o) => o.channelId === channelId);
  return !override || override.mode === 'inherit' ? settings.mode : override.mode;
}
