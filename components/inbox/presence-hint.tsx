// "Sam is viewing" / "Sam is typing…" for other members in this conversation. Server-rendered;
// live-refresh re-renders it when a presence.updated event arrives. Also mounts this member's
// own heartbeat (PresenceTracker).
import { listPresence } from '@/lib/inbox/presence/list-presence';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { PresenceTracker } from './presence-tracker';

export async function PresenceHint({ ctx, conversationId }: { ctx: WorkspaceContext; conversationId: string }) {
  const present = await listPresence({ ctx, conversationId });
  const typing = present.filter((p) => p.typing);
  const viewing = present.filter((p) => !p.typing);
  const text = [describe(typing, 'typing…'), describe(viewing, 'viewing')].filter(Boolean).join(' · ');
  return (
    <>
      <PresenceTracker conversationId={conversationId} />
      <p role="status" aria-live="polite" className="flex min-w-0 items-center gap-1.5 text-xs text-slate-600" data-testid="presence-hint">
        {text ? (
          <>
            <span aria-hidden className={`inline-block h-2 w-2 shrink-0 rounded-full ${typing.length ? 'animate-pulse bg-brand-500' : 'bg-sky-500'}`} />
            <span className="truncate">{text}</span>
          </>
        ) : null}
      </p>
    </>
  );
}

function describe(people: { name: string }[], verb: string): string {
  if (!people.length) return '';
  const first = people[0]!.name.split(' ')[0];
  if (people.length === 1) return `${first} is ${verb}`;
  if (people.length === 2) return `${first} and ${people[1]!.name.split(' ')[0]} are ${verb}`;
  return `${first} and ${people.length - 1} others are ${verb}`;
}
