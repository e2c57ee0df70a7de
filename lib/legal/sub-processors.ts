// The Privacy Policy's sub-processor list, derived from what this deployment actually has
// switched on: an integration without its key sends nothing anywhere, so it is not listed.
import { usesRealStripe } from '../billing/stripe-env';
import type { CompanyInfo } from './company';

export type SubProcessor = { name: string; purpose: string; data: string; location: string };

type Source = Record<string, string | undefined>;

const set = (source: Source, name: string) => Boolean(source[name]?.trim());

export function deriveSubProcessors(source: Source, company: Pick<CompanyInfo, 'hostingProvider' | 'hostingRegion'>): SubProcessor[] {
  const list: SubProcessor[] = [
    { name: company.hostingProvider, purpose: 'Hosting of the application, database and stored media', data: 'All data described in this policy', location: company.hostingRegion },
    {
      name: 'Meta Platforms Ireland Ltd.',
      purpose: 'Receiving and sending Instagram, Messenger and WhatsApp messages for connected accounts',
      data: 'Messages, media and profile data of the conversations you handle',
      location: 'Ireland / United States (EU Standard Contractual Clauses)',
    },
  ];
  // The offline stand-in (no key, or STRIPE_API_BASE) sends nothing to Stripe, so it is not listed.
  if (usesRealStripe(source)) {
    list.push({ name: 'Stripe Payments Europe Ltd.', purpose: 'Subscription billing and payments', data: 'Billing name, email, address, payment method (held by Stripe)', location: 'Ireland / United States (EU Standard Contractual Clauses)' });
  }
  if (set(source, 'RESEND_API_KEY')) {
    list.push({ name: 'Resend (Plus Five Five, Inc.)', purpose: 'Sending account emails (sign-up, password reset, invitations, alerts)', data: 'Email address, email content', location: 'United States (EU Standard Contractual Clauses)' });
  }
  if (source.STORAGE_DRIVER === 's3') list.push(objectStorageProvider(source));
  const ai = 'Generating AI replies and drafts; no training on your data';
  const aiData = 'Conversation excerpts and the agent instructions needed for a reply';
  if (set(source, 'OPENAI_API_KEY')) list.push({ name: 'OpenAI, L.L.C.', purpose: ai, data: aiData, location: 'United States (EU Standard Contractual Clauses)' });
  if (set(source, 'GOOGLE_GENERATIVE_AI_API_KEY') || set(source, 'GEMINI_API_KEY')) list.push({ name: 'Google Ireland Ltd. (Gemini API)', purpose: ai, data: aiData, location: 'Ireland / United States (EU Standard Contractual Clauses)' });
  if (set(source, 'XAI_API_KEY')) list.push({ name: 'X.AI LLC', purpose: ai, data: aiData, location: 'United States (EU Standard Contractual Clauses)' });
  // Website tools: each is listed only when its id is configured, like the trackers it loads.
  if (set(source, 'NEXT_PUBLIC_BOOKING_URL') || set(source, 'CALCOM_WEBHOOK_SECRET')) {
    list.push({ name: 'Cal.com, Inc.', purpose: 'Booking sales calls from our website', data: 'Name, email, phone number and the time you booked', location: 'United States (EU Standard Contractual Clauses)' });
  }
  if (set(source, 'GA4_MEASUREMENT_ID')) {
    list.push({ name: 'Google Ireland Ltd. (Google Analytics)', purpose: 'Website analytics, only with your consent', data: 'Pseudonymous visitor id, pages viewed, device and approximate location', location: 'Ireland / United States (EU-US Data Privacy Framework)' });
  }
  if (set(source, 'CLARITY_PROJECT_ID')) {
    list.push({ name: 'Microsoft Ireland Operations Ltd. (Clarity)', purpose: 'Website usage recordings and heat maps, only with your consent', data: 'Pseudonymous visitor id, clicks, scrolling, device', location: 'Ireland / United States (EU-US Data Privacy Framework)' });
  }
  if (set(source, 'META_PIXEL_ID')) {
    list.push({ name: 'Meta Platforms Ireland Ltd. (Pixel and Conversions API)', purpose: 'Measuring our ads, only with your advertising consent', data: 'Pseudonymous browser id; for a booked call, hashed email, name and phone number', location: 'Ireland / United States (EU-US Data Privacy Framework)' });
  }
  if (set(source, 'LINKJOLT_ID')) {
    list.push({ name: 'Linkjolt', purpose: 'Crediting affiliate partners who referred you, only with your advertising consent', data: 'Affiliate reference from the link you followed', location: 'United States (EU Standard Contractual Clauses)' });
  }
  return list;
}

/** STORAGE_DRIVER=s3: whoever runs the bucket holds every media file (lib/storage/s3-storage.ts). */
function objectStorageProvider(source: Source): SubProcessor {
  const purpose = 'Storage of the media files and attachments of your conversations';
  const data = 'Images, audio, video and documents sent or received in conversations';
  let host = '';
  try {
    host = source.S3_ENDPOINT ? new URL(source.S3_ENDPOINT).hostname : '';
  } catch {
    host = '';
  }
  const region = source.S3_REGION?.trim() || 'the configured region';
  if (!host || host.endsWith('.amazonaws.com')) return { name: 'Amazon Web Services EMEA SARL (Amazon S3)', purpose, data, location: `AWS region ${region}` };
  if (host.endsWith('.r2.cloudflarestorage.com')) return { name: 'Cloudflare, Inc. (R2)', purpose, data, location: 'As set for the bucket (Cloudflare R2 location hint or jurisdiction)' };
  return { name: `Object storage at ${host}`, purpose, data, location: region };
}

/** This deployment's sub-processors: what its own environment has switched on. */
export function listSubProcessors(company: Pick<CompanyInfo, 'hostingProvider' | 'hostingRegion'>): SubProcessor[] {
  return deriveSubProcessors(process.env, company);
}
