// The company behind Relaydesk, as the legal pages name it. Outside production a missing field
// reads "[placeholder: set COMPANY_…]" so nobody mistakes a dev page for real terms; in
// production lib/env.ts refuses to start without them.
import { env, type Env } from '../env';

export type CompanyInfo = {
  legalName: string;
  address: string;
  registrationNumber: string;
  vatId: string | null;
  contactEmail: string;
  privacyEmail: string;
  dpoContact: string | null;
  hostingProvider: string;
  hostingRegion: string;
  governingLaw: string;
  /** True when any required field shows a placeholder (development). */
  hasPlaceholders: boolean;
};

type CompanySource = Pick<Env, `COMPANY_${string}` & keyof Env>;

export const placeholderFor = (name: string) => `[placeholder: set ${name}]`;

export function companyFromEnv(source: CompanySource): CompanyInfo {
  let hasPlaceholders = false;
  const required = (name: keyof CompanySource) => {
    const value = source[name];
    if (value) return value;
    hasPlaceholders = true;
    return placeholderFor(name);
  };
  const info = {
    legalName: required('COMPANY_LEGAL_NAME'),
    address: required('COMPANY_ADDRESS'),
    registrationNumber: required('COMPANY_REGISTRATION_NUMBER'),
    vatId: source.COMPANY_VAT_ID ?? null,
    contactEmail: required('COMPANY_CONTACT_EMAIL'),
    privacyEmail: required('COMPANY_PRIVACY_EMAIL'),
    dpoContact: source.COMPANY_DPO_CONTACT ?? null,
    hostingProvider: required('COMPANY_HOSTING_PROVIDER'),
    hostingRegion: required('COMPANY_HOSTING_REGION'),
    governingLaw: required('COMPANY_GOVERNING_LAW'),
  };
  return { ...info, hasPlaceholders };
}

/** The configured company (placeholders outside production). */
export function getCompany(): CompanyInfo {
  return companyFromEnv(env());
}
