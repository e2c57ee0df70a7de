import Link from 'next/link';
import type { LimitUsage } from '@/lib/billing/get-limit-usage';

const nouns = { seats: ['seat', 'seats', 'members and pending invites'], channels: ['channel', 'channels', 'connected'] } as const;

/**
 * "2 of 2 seats used on the Free trial plan" with the way to more, where the limit applies. The
 * page loads the usage (getLimitUsage) with its other data, so this stays a plain component.
 */
export function PlanLimitNote({ usage, limit, canUpgrade }: { usage: LimitUsage; limit: 'seats' | 'channels'; canUpgrade: boolean }) {
  const [, plural, what] = nouns[limit];
  const full = usage.used >= usage.limit;
  return (
    <p className={`text-sm ${full ? 'text-amber-900' : 'text-slate-600'}`} data-plan-limit={limit}>
      {usage.used} of {usage.limit} {plural} used on the {usage.planName} plan ({what}).{' '}
      {full ? (canUpgrade ? <Link href="/billing" className="font-semibold underline underline-offset-2">Upgrade for more</Link> : 'A workspace owner can upgrade for more.') : null}
    </p>
  );
}
