import { env } from '../env';

/** Operators of the Relaydesk deployment itself (PLATFORM_ADMIN_EMAILS), not workspace roles. */
export function isPlatformAdmin(email: string | null | undefined): boolean {
  return Boolean(email) && env().PLATFORM_ADMIN_EMAILS.includes(email!.trim().toLowerCase());
}
