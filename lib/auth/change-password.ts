import type { RequestMeta } from '../http/request-meta';
import { setPassword } from './set-password';
import { verifyCurrentPassword } from './verify-current-password';

export async function changePassword(input: { userId: string; sessionId: string; currentPassword: string; password: string; meta: RequestMeta }): Promise<void> {
  await verifyCurrentPassword({ userId: input.userId, password: input.currentPassword });
  await setPassword({ userId: input.userId, password: input.password, keepSessionId: input.sessionId, action: 'user.password_changed', meta: input.meta });
}
