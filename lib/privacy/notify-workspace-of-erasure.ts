// Every workspace touched by a privacy erasure gets an audit entry and an email to its owners and
// admins, so the business knows why a customer's history disappeared. Counts only: the notice never
// names the person (the business may still know them; we do not repeat it in mail).
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { sendEmail } from '../email/send-email';
import { describeErasure } from '../erasure/describe-erasure';
import type { ErasureCounts } from '../erasure/erasure-counts';

const reasons = {
  public_request: 'a person asked us to delete their data and proved it was them',
  meta_callback: 'the Facebook or Instagram user who connected a channel asked Meta to delete their data',
  email_request: 'a person asked us by email to delete their data and we verified who they are',
} as const;

export async function notifyWorkspaceOfErasure(options: { workspaceId: string; requestId: string; source: keyof typeof reasons; counts: ErasureCounts; channels?: number }): Promise<void> {
  await recordAudit({
    action: 'privacy.data_erased',
    workspaceId: options.workspaceId,
    targetType: 'data_deletion_request',
    targetId: options.requestId,
    metadata: { source: options.source, ...options.counts, ...(options.channels ? { channels: options.channels } : {}) },
  });
  // Unscoped on purpose: a worker notifying one workspace it just erased data in.
  const recipients = await db.membership.findMany({
    where: { workspaceId: options.workspaceId, role: { in: ['owner', 'admin'] } },
    select: { user: { select: { email: true, name: true } }, workspace: { select: { name: true } } },
  });
  for (const member of recipients) {
    await sendEmail({
      to: member.user.email,
      template: 'privacy-notice',
      props: {
        name: member.user.name,
        subject: `Customer data was deleted in ${member.workspace.name}`,
        heading: 'Customer data was deleted',
        paragraphs: [
          `We deleted data in ${member.workspace.name} because ${reasons[options.source]}.`,
          `Deleted: ${describeErasure(options.counts)}${options.channels ? `; ${options.channels} channel${options.channels === 1 ? ' was' : 's were'} disconnected` : ''}.`,
          'The audit log lists this deletion. Data protection law required it; there is nothing you need to do.',
        ],
      },
    });
  }
}
