import { db } from '../db';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import { issueUserToken, tokenLifetimeHours } from './user-tokens';

/**
 * The send-password-reset job: a reset link for an existing account, nothing for an unknown
 * address. `requestId` is also the email's id, so a re-run neither sends twice nor voids the link
 * it sent (a new token would).
 */
export async function sendPasswordReset(input: { requestId: string; email: string }): Promise<'sent' | 'no_account' | 'already_sent'> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
  if (!user) return 'no_account';
  if (await db.emailMessage.findUnique({ where: { id: input.requestId }, select: { id: true } })) return 'already_sent';
  const token = await issueUserToken({ userId: user.id, purpose: 'password_reset' });
  await sendEmail({
    to: input.email,
    template: 'reset-password',
    props: { name: user.name, url: `${env().APP_URL}/reset-password?token=${token}`, expiresInHours: tokenLifetimeHours.password_reset },
    messageId: input.requestId,
  });
  return 'sent';
}
