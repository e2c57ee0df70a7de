// The Privacy Policy's rights section, worded from the constants the product enforces (answer
// deadline, proof expiry, grace periods, export lifetime), so the page says what the code does.
import { ACCOUNT_DELETION_GRACE_DAYS, WORKSPACE_CLOSURE_GRACE_DAYS } from '../account/account-deletion-policy';
import { TRACKER_COOKIE_MAX_MONTHS } from '../consent/tracker-cookie-lifetime';
import { PRIVACY_REQUEST_DUE_DAYS, PUBLIC_REQUEST_EXPIRY_DAYS } from '../privacy/deletion-codes';
import { WORKSPACE_EXPORT_DOWNLOAD_DAYS } from '../retention/retention-periods';

export type PrivacyRight = { right: string; how: string };

export function listPrivacyRights(): PrivacyRight[] {
  return [
    { right: 'Access and a portable copy', how: `Account holders export their whole workspace as a zip (downloadable for ${WORKSPACE_EXPORT_DOWNLOAD_DAYS} days); a business can export everything it holds about one of its customers as JSON and CSV. Ask us or the business you wrote to.` },
    { right: 'Deletion', how: `Delete your account in Settings (erased ${ACCOUNT_DELETION_GRACE_DAYS} days later unless you change your mind) or close a workspace (erased ${WORKSPACE_CLOSURE_GRACE_DAYS} days later). If you messaged a business, use the data deletion page: you confirm it is you, and an unconfirmed request expires after ${PUBLIC_REQUEST_EXPIRY_DAYS} days without deleting anything.` },
    { right: 'Correction, restriction and objection', how: 'Write to our privacy address; account holders can correct their name and email in Settings themselves.' },
    { right: 'Withdrawing consent', how: `Change your cookie choice at any time with “Manage cookies”; analytics and advertising cookies never last more than ${TRACKER_COOKIE_MAX_MONTHS} months.` },
    { right: 'Our answer', how: `We answer every request within ${PRIVACY_REQUEST_DUE_DAYS} days.` },
    { right: 'Complaint', how: 'You may complain to a data protection supervisory authority, in particular where you live or work.' },
  ];
}
