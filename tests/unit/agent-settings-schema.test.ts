import { describe, expect, it } from 'vitest';
import {
  activeOffers,
  agentSettingsSchema,
  defaultAgentSettings,
  diffSettings,
  introWithDisclosure,
  isWithinBusinessHours,
  offerStatus,
  priceToMinorUnits,
  weekdays,
  type BusinessHours,
} from '@/lib/agent/agent-settings.schema';

const base = () => defaultAgentSettings();
function errorsOf(input: unknown): Record<string, string[]> {
  const result = agentSettingsSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join('.')] ??= []).push(issue.message);
  return out;
}

describe('agentSettingsSchema', () => {
  it('accepts the defaults (friendly, customer language, out-of-hours notice)', () => {
    const settings = base();
    expect(agentSettingsSchema.parse(settings)).toEqual(settings);
    expect(settings.brandVoice.tone).toBe('friendly');
    expect(settings.languages).toEqual({ replyInCustomerLanguage: true, fallback: 'en' });
    expect(settings.businessHours.days.map((d) => d.day)).toEqual([...weekdays]);
  });

  it('limits name, instructions and intro', () => {
    expect(errorsOf({ ...base(), name: '  ' })).toHaveProperty('name');
    expect(errorsOf({ ...base(), name: 'x'.repeat(61) })).toHaveProperty('name');
    expect(errorsOf({ ...base(), name: 'x'.repeat(60) })).toEqual({});
    expect(errorsOf({ ...base(), systemInstructions: 'x'.repeat(8001) })).toHaveProperty('systemInstructions');
    expect(errorsOf({ ...base(), introMessage: 'x'.repeat(1001) })).toHaveProperty('introMessage');
    expect(errorsOf({ ...base(), brandVoice: { tone: 'sarcastic', notes: '' } })).toHaveProperty(['brandVoice.tone']);
  });

  it('products: decimal prices become integer minor units per currency', () => {
    const parsed = agentSettingsSchema.parse({
      ...base(),
      products: [
        { name: 'Mug', price: '12.5', currency: 'eur' },
        { name: 'Tea', price: '1200', currency: 'JPY' },
        { name: 'Oud', price: '3.125', currency: 'KWD' },
      ],
    });
    expect(parsed.products.map((p) => [p.currency, p.priceMinor])).toEqual([['EUR', 1250], ['JPY', 1200], ['KWD', 3125]]);
    expect(priceToMinorUnits('0.1', 'USD')).toBe(10);
    expect(priceToMinorUnits('-1', 'USD')).toBeNull();
    expect(errorsOf({ ...base(), products: [{ name: 'Tea', price: '1.5', currency: 'JPY' }] })).toHaveProperty(['products.0.price']);
    expect(errorsOf({ ...base(), products: [{ name: 'Tea', price: '€5', currency: 'EUR' }] })).toHaveProperty(['products.0.price']);
    expect(errorsOf({ ...base(), products: [{ name: 'Tea', price: '5', currency: 'EURO' }] })).toHaveProperty(['products.0.currency']);
    expect(errorsOf({ ...base(), products: [{ name: 'Tea', price: '5', currency: 'XYZ' }] })).toHaveProperty(['products.0.currency']);
    expect(errorsOf({ ...base(), products: [{ name: 'Tea', price: '5', currency: 'EUR', url: 'http://shop.example' }] })).toHaveProperty(['products.0.url']);
    expect(errorsOf({ ...base(), products: [{ name: 'Tea', price: '5', currency: 'EUR', imageUrl: 'javascript:alert(1)' }] })).toHaveProperty(['products.0.imageUrl']);
    expect(errorsOf({ ...base(), products: Array.from({ length: 201 }, () => ({ name: 'P', price: '1', currency: 'EUR' })) })).toHaveProperty('products');
  });

  it('offers: real dates, end on or after start', () => {
    expect(errorsOf({ ...base(), offers: [{ text: '10% off', validFrom: '2026-05-10', validUntil: '2026-05-09' }] })).toHaveProperty(['offers.0.validUntil']);
    expect(errorsOf({ ...base(), offers: [{ text: '10% off', validFrom: '2026-05-10', validUntil: '2026-05-10' }] })).toEqual({});
    expect(errorsOf({ ...base(), offers: [{ text: '10% off', validUntil: '2026-02-30' }] })).toHaveProperty(['offers.0.validUntil']);
    expect(errorsOf({ ...base(), offers: [{ text: '' }] })).toHaveProperty(['offers.0.text']);
  });

  it('booking link, language tag, time zone, hours and out-of-hours notice', () => {
    expect(errorsOf({ ...base(), bookingUrl: 'http://cal.example' })).toHaveProperty('bookingUrl');
    expect(errorsOf({ ...base(), bookingUrl: 'https://cal.com/acme' })).toEqual({});
    expect(errorsOf({ ...base(), languages: { replyInCustomerLanguage: false, fallback: 'pt-BR' } })).toEqual({});
    expect(errorsOf({ ...base(), languages: { replyInCustomerLanguage: true, fallback: 'english!' } })).toHaveProperty(['languages.fallback']);
    expect(errorsOf({ ...base(), businessHours: { ...base().businessHours, timeZone: 'Mars/Olympus' } })).toHaveProperty(['businessHours.timeZone']);
    const days = base().businessHours.days.map((d) => (d.day === 'tue' ? { ...d, open: '18:00', close: '09:00' } : d));
    expect(errorsOf({ ...base(), businessHours: { ...base().businessHours, days } })).toHaveProperty(['businessHours.days.1.close']);
    expect(errorsOf({ ...base(), businessHours: { ...base().businessHours, days: days.slice(0, 6) } })).toHaveProperty(['businessHours.days']);
    expect(errorsOf({ ...base(), outOfHours: { mode: 'reply_with_notice', notice: '' } })).toHaveProperty(['outOfHours.notice']);
    expect(errorsOf({ ...base(), outOfHours: { mode: 'draft_only', notice: '' } })).toEqual({});
  });

  it('adds the AI disclosure line to the intro only when enabled', () => {
    expect(introWithDisclosure({ introMessage: 'Hi!', discloseAi: true })).toMatch(/^Hi!\n\nI'm an AI assistant/);
    expect(introWithDisclosure({ introMessage: 'Hi!', discloseAi: false })).toBe('Hi!');
  });
});

describe('activeOffers', () => {
  const offers = [
    { text: 'past', code: '', validFrom: '2026-01-01', validUntil: '2026-03-31' },
    { text: 'current', code: '', validFrom: '2026-04-01', validUntil: '2026-04-30' },
    { text: 'future', code: '', validFrom: '2026-05-01', validUntil: '' },
    { text: 'always', code: '', validFrom: '', validUntil: '' },
  ];
  it('never includes expired or not-yet-valid offers', () => {
    expect(activeOffers(offers, new Date('2026-04-15T12:00:00Z')).map((o) => o.text)).toEqual(['current', 'always']);
  });
  it('validUntil is inclusive through that whole day in the business time zone', () => {
    // 23:30 UTC on 30 April is already 1 May in Berlin: the April offer has expired there.
    const now = new Date('2026-04-30T23:30:00Z');
    expect(activeOffers(offers, now, 'UTC').map((o) => o.text)).toEqual(['current', 'always']);
    expect(activeOffers(offers, now, 'Europe/Berlin').map((o) => o.text)).toEqual(['future', 'always']);
    expect(offerStatus(offers[0]!, now)).toBe('expired');
    expect(offerStatus(offers[2]!, now)).toBe('upcoming');
  });
});

describe('isWithinBusinessHours', () => {
  const hours = (timeZone: string): BusinessHours => ({
    timeZone,
    days: weekdays.map((day) => ({ day, closed: day === 'sun', open: '09:00', close: '17:00' })),
  });
  it('uses the business time zone', () => {
    // Monday 2026-06-01 07:30 UTC = 09:30 in Berlin (CEST), 03:30 in New York (EDT).
    const now = new Date('2026-06-01T07:30:00Z');
    expect(isWithinBusinessHours(hours('Europe/Berlin'), now)).toBe(true);
    expect(isWithinBusinessHours(hours('America/New_York'), now)).toBe(false);
    expect(isWithinBusinessHours(hours('UTC'), now)).toBe(false);
  });
  it('opening is inclusive, closing exclusive; closed days are closed', () => {
    expect(isWithinBusinessHours(hours('UTC'), new Date('2026-06-01T09:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(hours('UTC'), new Date('2026-06-01T17:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(hours('UTC'), new Date('2026-05-31T12:00:00Z'))).toBe(false); // Sunday
  });
  it('follows daylight saving time changes', () => {
    // Berlin: 08:30 UTC is 09:30 CET in winter but 10:30 CEST in summer; 07:30 UTC is 08:30 CET (closed) vs 09:30 CEST (open).
    expect(isWithinBusinessHours(hours('Europe/Berlin'), new Date('2026-03-27T07:30:00Z'))).toBe(false); // Fri before DST
    expect(isWithinBusinessHours(hours('Europe/Berlin'), new Date('2026-03-30T07:30:00Z'))).toBe(true); // Mon after DST
    // The weekday is the local one: Sunday 23:30 in New York is Monday in UTC.
    expect(isWithinBusinessHours(hours('America/New_York'), new Date('2026-11-02T04:30:00Z'))).toBe(false);
    // Across the date line: Monday 01:00 UTC is Monday 14:00 in Auckland (NZDT, +13).
    expect(isWithinBusinessHours(hours('Pacific/Auckland'), new Date('2026-01-05T01:00:00Z'))).toBe(true);
  });
});

describe('diffSettings', () => {
  it('lists changed leaf paths; arrays changing length are reported as a whole', () => {
    const a = base();
    expect(diffSettings(a, a)).toEqual([]);
    const b = { ...a, name: 'Mila', brandVoice: { ...a.brandVoice, tone: 'concise' as const }, offers: [{ text: 'x', code: '', validFrom: '', validUntil: '' }] };
    expect(diffSettings(a, b)).toEqual(['name', 'brandVoice.tone', 'offers']);
    const days = a.businessHours.days.map((d) => (d.day === 'wed' ? { ...d, closed: true } : d));
    expect(diffSettings(a, { ...a, businessHours: { ...a.businessHours, days } })).toEqual(['businessHours.days.2.closed']);
  });
});
