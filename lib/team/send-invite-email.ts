import { sendEmail } from '../email/send-email';
import type { Role } from '../generated/prisma/enums';
import { INVITE_LIFETIME_HOURS } from './invite-token';

export async function sendInviteEmail(options: { to: string; inviterName: string; workspaceName: string; role: Role; url: string }): Promise<void> {
  await sendEmail({
    to: options.to,
    template: 'invite',
    props: { inviterName: options.inviterName, workspaceName: options.workspaceName, role: options.role, url: options.url, expiresInHours: INVITE_LIFETIME_HOURS },
  });
}
