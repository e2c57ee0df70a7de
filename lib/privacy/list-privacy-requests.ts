// The platform admins' list of privacy requests (/platform/privacy): every source, with the legal
// due date (30 days) and what happened. Identifiers are masked: the page is a queue, not a lookup.
import { db } from '../db';

export function maskIdentifier(type: string | null, value: string | null): string {
  if (!value) return '—';
  if (type === 'email') {
    const [local = '', domain = ''] = value.split('@');
    return `${local.slice(0, 1)}•••@${domain}`;
  }
  if (value.length <= 4) return '••••';
  return `${value.slice(0, 2)}${'•'.repeat(Math.min(6, value.length - 4))}${value.slice(-2)}`;
}

export async function listPrivacyRequests(options: { open: boolean; take?: number }) {
  // Unscoped on purpose: platform operators see the requests of the whole deployment (page checks PLATFORM_ADMIN_EMAILS).
  const rows = await db.dataDeletionRequest.findMany({
    where: options.open ? { status: { in: ['awaiting_confirmation', 'pending', 'in_progress', 'failed'] } } : {},
    orderBy: [{ dueAt: 'asc' }, { requestedAt: 'asc' }],
    take: options.take ?? 200,
    select: { id: true, source: true, identifierType: true, identifier: true, status: true, requestedAt: true, dueAt: true, confirmedAt: true, confirmedVia: true, completedAt: true, details: true, note: true, loggedByEmail: true, confirmationCode: true },
  });
  return rows.map(({ identifier, ...row }) => ({ ...row, identifierMasked: maskIdentifier(row.identifierType, identifier) }));
}
