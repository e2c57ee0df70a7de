import type { Plan } from '@/lib/billing/plans';

const number = new Intl.NumberFormat('en-IE');

function Meter({ label, used, limit, note }: { label: string; used: number; limit: number; note?: string }) {
  const share = Math.min(1, used / Math.max(1, limit));
  const full = used >= limit;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-slate-700">{label}</span>
        <span className={full ? 'font-semibold text-amber-800' : 'text-slate-600'}>{number.format(used)} of {number.format(limit)}</span>
      </div>
      <div className="mt-1.5 h-2 rounded-full bg-slate-100" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={limit} aria-valuenow={Math.min(used, limit)}>
        <div className={`h-2 rounded-full ${full ? 'bg-amber-500' : 'bg-brand-600'}`} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      {note ? <p className="mt-1 text-xs text-slate-600">{note}</p> : null}
    </div>
  );
}

/** Usage against every limit of the plan that applies now. */
export function UsageMeters({ plan, usage, month }: { plan: Plan; usage: { seats: number; channels: number; aiReplies: number; hiddenConversations: number }; month: string }) {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <Meter label="Team seats" used={usage.seats} limit={plan.seats} note={usage.seats >= plan.seats ? 'All seats are taken (members and pending invites): new invites are refused until you upgrade.' : 'Members plus pending invites.'} />
      <Meter label="Connected channels" used={usage.channels} limit={plan.channels} note={usage.channels >= plan.channels ? 'At the limit: connecting another channel needs a bigger plan.' : undefined} />
      <Meter
        label={`AI replies in ${month}`}
        used={usage.aiReplies}
        limit={plan.aiRepliesPerMonth}
        note={usage.aiReplies >= plan.aiRepliesPerMonth ? 'Used up: the agent drafts replies for your team to approve until next month or an upgrade.' : 'Replies the agent drafts or sends. Your team’s own replies are unlimited.'}
      />
      <div>
        <p className="text-sm font-medium text-slate-700">Conversation history</p>
        <p className="mt-1 text-sm text-slate-600">{plan.historyDays === null ? 'All of it.' : `Conversations active in the last ${plan.historyDays} days.`}</p>
        {usage.hiddenConversations > 0 ? (
          <p className="mt-1 text-xs text-amber-800">{number.format(usage.hiddenConversations)} older conversation{usage.hiddenConversations === 1 ? ' is' : 's are'} hidden from the inbox and search — kept, not deleted. A plan with more history shows them again.</p>
        ) : null}
      </div>
    </div>
  );
}
