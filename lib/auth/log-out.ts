import { db } from '../db';
import { clearSessionCookie } from './create-session';
import { getCurrentSession } from './get-current-session';

export async function logOut(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await db.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: new Date() } });
  await clearSessionCookie();
}
