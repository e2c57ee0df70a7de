import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { setPassword } from './set-password';
import { consumeUserToken } from './user-tokens';
import { tokenProblemMessages } from './verify-email';

export async function resetPassword(input: { token: string; password: string; meta: RequestMeta }): Promise<void> {
  const result = await consumeUserToken(input.token, 'password_reset');
  if (!result.ok) throw new AppError('bad_request', tokenProblemMessages[result.problem], { problem: result.problem });
  await setPassword({ userId: result.userId, password: input.password, action: 'user.password_reset', meta: input.meta });
}
