// The company fields the legal pages print, as env variables. Kept apart from company.ts so
// lib/env.ts can validate them without importing the page-facing helpers.
import { z } from 'zod';

const text = z.string().trim().min(2).max(300);

export const companyEnvShape = {
  COMPANY_LEGAL_NAME: text.optional(),
  COMPANY_ADDRESS: text.optional(),
  COMPANY_REGISTRATION_NUMBER: text.optional(),
  COMPANY_VAT_ID: text.optional(),
  COMPANY_CONTACT_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  COMPANY_PRIVACY_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  COMPANY_DPO_CONTACT: text.optional(),
  COMPANY_HOSTING_PROVIDER: text.optional(),
  COMPANY_HOSTING_REGION: text.optional(),
  COMPANY_GOVERNING_LAW: text.optional(),
  /** A Cal.com (or any https) booking link for "Book a call"; the button is hidden when unset. */
  NEXT_PUBLIC_BOOKING_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://cal.com/relaydesk/demo' }).optional(),
};

/** Printed on the legal pages, so a production deployment must set every one of them. */
export const companyFieldsRequiredInProduction = [
  'COMPANY_LEGAL_NAME',
  'COMPANY_ADDRESS',
  'COMPANY_REGISTRATION_NUMBER',
  'COMPANY_CONTACT_EMAIL',
  'COMPANY_PRIVACY_EMAIL',
  'COMPANY_HOSTING_PROVIDER',
  'COMPANY_HOSTING_REGION',
  'COMPANY_GOVERNING_LAW',
] as const;
