/** A complete set of the company fields production requires, for tests that parse a production env. */
export const company = {
  COMPANY_LEGAL_NAME: 'Relaydesk Test GmbH',
  COMPANY_ADDRESS: 'Teststraße 1, 10115 Berlin, Germany',
  COMPANY_REGISTRATION_NUMBER: 'HRB 000000 B',
  COMPANY_CONTACT_EMAIL: 'hello@relaydesk.test',
  COMPANY_PRIVACY_EMAIL: 'privacy@relaydesk.test',
  COMPANY_HOSTING_PROVIDER: 'Test Hosting GmbH',
  COMPANY_HOSTING_REGION: 'Germany (EU)',
  COMPANY_GOVERNING_LAW: 'the laws of Germany',
};
