// The Privacy Policy's sub-processor list, derived from what this deployment actually has
// switched on: an integration without its key sends nothing anywhere, so it is not listed.
import type { CompanyInfo } from './company';

export type SubProcessor = { name: string; purpose: string; data: string; location: string };

type Source = Record<string, string | undefined>;

const set = (source: Source, name: string) => Boolean(source[name]?.trim());
const anyPrefixed = (source: Source, prefix: string) => Object.entries(source).some(([k, v]) => k.startsWith(prefix) && Boolean(v?.trim()));

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
  if (anyPrefixed(source, 'STRIPE_')) {
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
