'use client';
// The pane header's actions: who handles the conversation (take over / hand back), the
// needs-human flag, assignment and status (close, reopen, pending, snooze). On phones
// everything folds into one overflow menu.
import { useRef, useState, type ReactNode } from 'react';
import {
  assignConversationAction, clearNeedsHumanAction, handBackAction, setAiHandlingAction, setConversationStatusAction, takeOverAction,
} from '@/app/(app)/inbox/actions';
import type { ActionResult } from '@/lib/actions/action-result';
import { ActionStatus } from './action-status';
import { SnoozePicker } from './snooze-picker';
import { useReportedAction, type FormAction } from './use-reported-action';

export type ConversationActionsProps = {
  conversationId: string;
  status: 'open' | 'pending' | 'snoozed' | 'closed';
  handling: 'ai_auto' | 'ai_draft' | 'human';
  /** "Ana took over 5 minutes ago" (server-formatted). */
  takenOverLabel: string | null;
  snoozedLabel: string | null;
  needsHuman: boolean;
  /** Why the AI handed the conversation to the team (its latest handoff), if it did. */
  handoffReason?: string | null;
  assignee: { id: string; name: string } | null;
  me: { id: string; name: string };
  members: { id: string; name: string }[];
};

const handlingText = { ai_auto: 'AI auto-send', ai_draft: 'AI draft', human: 'Human' } as const;
const handlingStyle = {
  ai_auto: 'bg-violet-50 text-violet-800 ring-violet-200',
  ai_draft: 'bg-sky-50 text-sky-800 ring-sky-200',
  human: 'bg-amber-50 text-amber-900 ring-amber-200',
} as const;
const button = 'inline-flex items-center rounded-lg px-3 py-1.5 text-xs font-semibold shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60';
const primary = `${button} bg-brand-600 text-white hover:bg-brand-700`;
const secondary = `${button} bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50`;
const item = 'block w-full rounded-md px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600';
const heading = 'px-3 pb-1 pt-2 text-[11px] font-semibold uppercase tracking-wide text-slate-500';

export function ConversationActionsBar(props: ConversationActionsProps) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const report = (r: ActionResult) => {
    setResult(r);
    if (r.ok && menu.current) menu.current.open = false;
    // Success notes fade after a few seconds; errors stay until the next action.
    if (r.ok) setTimeout(() => setResult((current) => (current === r ? null : current)), 4000);
  };
  const { conversationId, handling, status } = props;
  const human = handling === 'human';

  const handlingButton = (extra = '') => human
    ? <ActionForm action={handBackAction} report={report} fields={{ conversationId }}><button type="submit" className={`${secondary} ${extra}`}>Hand back to AI</button></ActionForm>
    : <ActionForm action={takeOverAction} report={report} fields={{ conversationId }}><button type="submit" className={`${primary} ${extra}`} data-shortcut={extra ? undefined : 'take-over'}>Take over</button></ActionForm>;

  return (
    <div className="relative flex shrink-0 items-center gap-2">
      {/* Pills only where the pane is wide enough to keep the contact's name readable (phones:
          full-width pane; 2xl: room beside the list and contact panel). Elsewhere the More menu
          says who handles the conversation and carries "Clear needs human". */}
      <p className={`hidden items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset sm:inline-flex md:hidden 2xl:inline-flex ${handlingStyle[handling]}`} title={props.takenOverLabel ?? undefined}>
        <span className="sr-only">Handled by: </span>{handlingText[handling]}
        {props.takenOverLabel ? <span className="sr-only">, {props.takenOverLabel}</span> : null}
      </p>
      {props.needsHuman ? (
        <span className="hidden items-center gap-1 rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-700 ring-1 ring-inset ring-red-200 2xl:inline-flex" title={props.handoffReason ? `AI handoff: ${props.handoffReason}` : undefined}>
          Needs human
          {props.handoffReason ? <span className="sr-only">: AI handoff, {props.handoffReason}</span> : null}
          <ActionForm action={clearNeedsHumanAction} report={report} fields={{ conversationId }}>
            <button type="submit" className="rounded-full px-1 text-red-700 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-600" aria-label="Clear the needs-human flag">×</button>
          </ActionForm>
        </span>
      ) : null}
      <div className="hidden md:block">{handlingButton()}</div>
      <div className="hidden md:block">
        {status === 'closed'
          ? <StatusButton status="open" label="Reopen" conversationId={conversationId} report={report} className={secondary} />
          : <StatusButton status="closed" label="Close" conversationId={conversationId} report={report} className={secondary} shortcut="close" />}
      </div>
      <details ref={menu} data-shortcut="assign" className="group relative" onKeyDown={(e) => { if (e.key === 'Escape' && menu.current?.open) { menu.current.open = false; menu.current.querySelector('summary')?.focus(); } }}>
        <summary className={`${secondary} cursor-pointer list-none [&::-webkit-details-marker]:hidden`} aria-label="Conversation actions">
          <span aria-hidden className="md:hidden">⋯</span>
          <span className="hidden md:inline">More ▾</span>
        </summary>
        <div className="absolute right-0 z-20 mt-1 max-h-[70dvh] w-64 overflow-y-auto rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-200">
          <p className={heading}>Handled by</p>
          <p className="px-3 pb-1 text-sm text-slate-800">{handlingText[handling]}{props.takenOverLabel ? <span className="block text-xs text-slate-500">{props.takenOverLabel}</span> : null}</p>
          {props.needsHuman && props.handoffReason ? <p className="px-3 pb-1 text-xs text-red-700">AI handoff: {props.handoffReason}</p> : null}
          {!human ? (
            <ActionForm action={setAiHandlingAction} report={report} fields={{ conversationId }}>
              {handling === 'ai_draft'
                ? <button type="submit" name="handling" value="ai_auto" className={item}>Let the AI send replies</button>
                : <button type="submit" name="handling" value="ai_draft" className={item}>AI drafts only (approve each reply)</button>}
            </ActionForm>
          ) : null}
          <div className="md:hidden">
            <div className="px-3 pb-2">{handlingButton('w-full justify-center')}</div>
          </div>
          {props.needsHuman ? (
            <div className="2xl:hidden">
              <ActionForm action={clearNeedsHumanAction} report={report} fields={{ conversationId }}>
                <button type="submit" className={item}>Clear “needs human”</button>
              </ActionForm>
            </div>
          ) : null}
          <p className={heading}>Assign{props.assignee ? <span className="normal-case tracking-normal text-slate-600"> · now {props.assignee.id === props.me.id ? 'you' : props.assignee.name}</span> : null}</p>
          <ActionForm action={assignConversationAction} report={report} fields={{ conversationId }}>
            {props.assignee?.id !== props.me.id ? <button type="submit" name="assigneeId" value={props.me.id} className={item} data-shortcut-focus>Assign to me</button> : null}
            {props.members.filter((m) => m.id !== props.me.id && m.id !== props.assignee?.id).map((m) => (
              <button key={m.id} type="submit" name="assigneeId" value={m.id} className={item}>{m.name}</button>
            ))}
            {props.assignee ? <button type="submit" name="assigneeId" value="" className={item}>Unassign</button> : null}
          </ActionForm>
          <p className={heading}>Status{status !== 'open' ? <span className="normal-case tracking-normal text-slate-600"> · {props.snoozedLabel ?? status}</span> : null}</p>
          {status !== 'open' ? <StatusButton status="open" label="Reopen" conversationId={conversationId} report={report} className={item} /> : null}
          {status !== 'pending' && status !== 'closed' ? <StatusButton status="pending" label="Mark as pending" conversationId={conversationId} report={report} className={item} /> : null}
          {status !== 'closed' ? <StatusButton status="closed" label="Close" conversationId={conversationId} report={report} className={item} /> : null}
          {status !== 'closed' ? (
            <>
              <p className={heading}>Snooze until</p>
              <ActionForm action={setConversationStatusAction} report={report} fields={{ conversationId }}>
                <SnoozePicker />
              </ActionForm>
            </>
          ) : null}
        </div>
      </details>
      <div className="absolute right-0 top-full z-30 mt-2 max-w-xs">
        <ActionStatus result={result} />
      </div>
    </div>
  );
}

function ActionForm({ action, report, fields, children }: { action: FormAction; report: (r: ActionResult) => void; fields: Record<string, string>; children: ReactNode }) {
  const [, formAction, pending] = useReportedAction(action, report);
  return (
    <form action={formAction} aria-busy={pending}>
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <fieldset disabled={pending} className="contents">{children}</fieldset>
    </form>
  );
}

function StatusButton({ status, label, conversationId, report, className, shortcut }: { status: 'open' | 'pending' | 'closed'; label: string; conversationId: string; report: (r: ActionResult) => void; className: string; shortcut?: string }) {
  return (
    <ActionForm action={setConversationStatusAction} report={report} fields={{ conversationId, status }}>
      <button type="submit" className={className} data-shortcut={shortcut}>{label}</button>
    </ActionForm>
  );
}
