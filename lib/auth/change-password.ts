import { db } from '../db';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { verifyPassword } from './hash-password';
import { setPassword } from './set-password';

export async function changePassword(input: { userId: string; sessionId: string; currentPassword: string; password: string; meta: RequestMeta }): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('bad_request', 'Your current password is not correct.', { fieldErrors: { currentPassword: ['Your current password is not correct.'] } });
  }
  await setPassword({ userId: input.userId, password: input.password, keepSessionId: input.sessionId, action: 'user.password_changed', meta: input.meta });
}
