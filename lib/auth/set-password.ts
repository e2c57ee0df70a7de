import { db } from '../db';
import { recordAudit } from '../audit/record-audit';
import { sendEmail } from '../email/send-email';
import type { RequestMeta } from '../http/request-meta';
import { hashPassword } from './hash-password';

/**
 * Stores a new password and revokes every session except `keepSessionId`, so a stolen
 * session dies with the old password. Tells the account owner by email.
 */
export async function setPassword(input: { userId: string; password: string; keepSessionId?: string; action: string; meta: RequestMeta }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: input.userId }, data: { passwordHash }, select: { id: true, name: true, email: true } });
    await tx.session.updateMany({ where: { userId: input.userId, revokedAt: null, ...(input.keepSessionId ? { id: { not: input.keepSessionId } } : {}) }, data: { revokedAt: new Date() } });
    return updated;
  });
  await recordAudit({ action: input.action, actorUserId: user.id, meta: input.meta });
  await sendEmail({ to: user.email, template: 'password-changed', props: { name: user.name } });
}
