/** Consent records are proof for 3 years, then deleted (see the Cookie Policy). */
export const CONSENT_RECORD_RETENTION_YEARS = 3;
