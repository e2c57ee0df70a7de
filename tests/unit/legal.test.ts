import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';
import { companyFromEnv } from '@/lib/legal/company';
import { companyFieldsRequiredInProduction } from '@/lib/legal/company-env';
import { listMetaPermissions } from '@/lib/legal/meta-permissions';
import { deriveSubProcessors } from '@/lib/legal/sub-processors';
import { COOKIE_POLICY_VERSION, formatLegalVersion, legalDocuments } from '@/lib/legal/versions';
import { bookingUrl } from '@/lib/marketing/booking-url';
import { dataDeletionRequestSchema } from '@/lib/privacy/data-deletion-request.schema';
import { generateSecrets } from '@/lib/devtools/dev-secrets';
import { company } from '../support/company-env';
import { productionStripe } from '../support/stripe-env';

const productionBase = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://u:p@localhost:5432/db',
  META_APP_SECRET: 'a'.repeat(32),
  META_WEBHOOK_VERIFY_TOKEN: 'verify-me-please',
  ...generateSecrets(),
  ...productionStripe,
};

describe('company configuration', () => {
  it('shows named placeholders outside production', () => {
    const info = companyFromEnv(parseEnv({ DATABASE_URL: productionBase.DATABASE_URL }));
    expect(info.legalName).toBe('[placeholder: set COMPANY_LEGAL_NAME]');
    expect(info.privacyEmail).toBe('[placeholder: set COMPANY_PRIVACY_EMAIL]');
    expect(info.vatId).toBeNull();
    expect(info.hasPlaceholders).toBe(true);
  });

  it('uses the configured values', () => {
    const info = companyFromEnv(parseEnv({ ...productionBase, ...company, COMPANY_VAT_ID: 'DE123456789' }));
    expect(info).toMatchObject({ legalName: 'Relaydesk Test GmbH', vatId: 'DE123456789', hostingRegion: 'Germany (EU)', hasPlaceholders: false });
  });

  it('refuses to start in production without them, naming each missing field', () => {
    const partial = Object.fromEntries(Object.entries(company).filter(([name]) => name !== 'COMPANY_PRIVACY_EMAIL' && name !== 'COMPANY_GOVERNING_LAW'));
    try {
      parseEnv({ ...productionBase, ...partial });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).problems.map((p) => p.name).sort()).toEqual(['COMPANY_GOVERNING_LAW', 'COMPANY_PRIVACY_EMAIL']);
      expect((error as EnvError).message).toContain('✗ COMPANY_PRIVACY_EMAIL: required in production');
    }
    expect(() => parseEnv({ ...productionBase, ...company })).not.toThrow();
    expect(companyFieldsRequiredInProduction).toContain('COMPANY_LEGAL_NAME');
  });

  it('validates emails and the booking URL', () => {
    expect(() => parseEnv({ DATABASE_URL: productionBase.DATABASE_URL, COMPANY_PRIVACY_EMAIL: 'privacy' })).toThrow(/COMPANY_PRIVACY_EMAIL/);
    expect(() => parseEnv({ DATABASE_URL: productionBase.DATABASE_URL, NEXT_PUBLIC_BOOKING_URL: 'javascript:alert(1)' })).toThrow(/NEXT_PUBLIC_BOOKING_URL/);
    expect(bookingUrl('https://cal.com/relaydesk/demo')).toBe('https://cal.com/relaydesk/demo');
    expect(bookingUrl('javascript:alert(1)')).toBeNull();
    expect(bookingUrl(undefined)).toBeNull();
  });
});

describe('sub-processors', () => {
  const hosting = { hostingProvider: 'Hetzner Online GmbH', hostingRegion: 'Germany (EU)' };
  const names = (source: Record<string, string | undefined>) => deriveSubProcessors(source, hosting).map((s) => s.name);

  it('always lists the hosting provider and Meta, and nothing that is switched off', () => {
    expect(names({ RESEND_API_KEY: '', OPENAI_API_KEY: undefined })).toEqual(['Hetzner Online GmbH', 'Meta Platforms Ireland Ltd.']);
  });

  it('adds each integration whose key is set', () => {
    const all = names({ STRIPE_SECRET_KEY: 'sk_live_x', RESEND_API_KEY: 're_x', OPENAI_API_KEY: 'sk-x', GEMINI_API_KEY: 'g', XAI_API_KEY: 'x' });
    expect(all).toEqual(['Hetzner Online GmbH', 'Meta Platforms Ireland Ltd.', 'Stripe Payments Europe Ltd.', 'Resend (Plus Five Five, Inc.)', 'OpenAI, L.L.C.', 'Google Ireland Ltd. (Gemini API)', 'X.AI LLC']);
    expect(names({ GOOGLE_GENERATIVE_AI_API_KEY: 'g' })).toContain('Google Ireland Ltd. (Gemini API)');
  });

  it('adds the website tools that are configured: Cal.com, Google Analytics, Clarity, Meta Pixel, Linkjolt', () => {
    const web = names({ NEXT_PUBLIC_BOOKING_URL: 'https://cal.com/acme', GA4_MEASUREMENT_ID: 'G-1', CLARITY_PROJECT_ID: 'c', META_PIXEL_ID: '1', LINKJOLT_ID: 'l' });
    expect(web.slice(2)).toEqual(['Cal.com, Inc.', 'Google Ireland Ltd. (Google Analytics)', 'Microsoft Ireland Operations Ltd. (Clarity)', 'Meta Platforms Ireland Ltd. (Pixel and Conversions API)', 'Linkjolt']);
    expect(names({ CALCOM_WEBHOOK_SECRET: 's'.repeat(16) })).toContain('Cal.com, Inc.');
  });
});

describe('Meta permissions section', () => {
  it('explains every scope the connect flows request', () => {
    const permissions = listMetaPermissions();
    expect(permissions.map((p) => p.scope)).toContain('instagram_business_manage_messages');
    expect(new Set(permissions.map((p) => p.channel))).toEqual(new Set(['Instagram', 'Messenger', 'WhatsApp']));
    for (const p of permissions) expect(p.purpose, `${p.scope} has no explanation in lib/legal/meta-permissions.ts`).toBeTruthy();
  });
});

describe('legal document versions', () => {
  it('are ISO dates printed as "Last updated" dates', () => {
    for (const doc of Object.values(legalDocuments)) expect(Number.isNaN(Date.parse(doc.version))).toBe(false);
    expect(COOKIE_POLICY_VERSION).toBe(legalDocuments.cookies.version);
    expect(formatLegalVersion('privacy')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});

describe('data deletion form schema', () => {
  const parse = (identifierType: string, identifier: string) => dataDeletionRequestSchema.safeParse({ identifierType, identifier });

  it('normalises each identifier type', () => {
    expect(parse('instagram_username', '  @Jane.Doe_ ').data).toEqual({ identifierType: 'instagram_username', identifier: 'jane.doe_' });
    expect(parse('whatsapp_number', '+49 (151) 2345-6789').data?.identifier).toBe('4915123456789');
    expect(parse('email', 'Jane@Example.COM').data?.identifier).toBe('jane@example.com');
  });

  it('rejects malformed input on the identifier field', () => {
    for (const [type, value] of [['instagram_username', 'not a handle'], ['whatsapp_number', '12345'], ['email', 'jane@'], ['email', '']] as const) {
      const result = parse(type, value);
      expect(result.success, `${type}: ${value}`).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['identifier']);
    }
    expect(parse('phone', '123').success).toBe(false);
    expect(dataDeletionRequestSchema.safeParse({ identifierType: 'email', identifier: 'a@b.co', extra: 1 }).success).toBe(false);
  });
});
