import { sendEmail } from '../email/send-email';
import { env } from '../env';
import { issueUserToken, tokenLifetimeHours } from './user-tokens';

/** A fresh verification link (older unused ones stop working). `messageId` makes a job's re-run send once. */
export async function sendVerificationEmail(user: { userId: string; name: string; email: string; messageId?: string }): Promise<void> {
  const token = await issueUserToken({ userId: user.userId, purpose: 'email_verification' });
  await sendEmail({
    to: user.email,
    template: 'verify-email',
    props: { name: user.name, url: `${env().APP_URL}/verify-email?token=${token}`, expiresInHours: tokenLifetimeHours.email_verification },
    messageId: user.messageId,
  });
}
