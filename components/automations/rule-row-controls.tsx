'use client';
// Enable/disable, reorder and delete for one rule in the list; each is a real form (works with
// the keyboard, announces its outcome), and delete asks first.
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function RuleRowControls({ ruleId, name, enabled, isFirst, isLast, toggleAction, moveAction, deleteAction }: {
  ruleId: string; name: string; enabled: boolean; isFirst: boolean; isLast: boolean; toggleAction: Action; moveAction: Action; deleteAction: Action;
}) {
  const [toggleState, toggle] = useActionState(toggleAction, initialActionResult);
  const [moveState, move] = useActionState(moveAction, initialActionResult);
  const [deleteState, remove] = useActionState(deleteAction, initialActionResult);
  const error = [toggleState, moveState, deleteState].find((s) => !s.ok && s.error);
  const button = 'rounded-lg px-2.5 py-1.5 text-xs font-medium ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40';
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <form action={toggle}>
        <input type="hidden" name="ruleId" value={ruleId} />
        <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
        <button type="submit" role="switch" aria-checked={enabled} aria-label={`${name} enabled`} className={`relative inline-flex h-6 w-11 items-center rounded-full transition-colors ${enabled ? 'bg-brand-600' : 'bg-slate-300'}`}>
          <span className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${enabled ? 'translate-x-5' : 'translate-x-0.5'}`} />
        </button>
      </form>
      <form action={move}>
        <input type="hidden" name="ruleId" value={ruleId} />
        <input type="hidden" name="direction" value="up" />
        <button type="submit" className={button} disabled={isFirst} aria-label={`Move ${name} up`}>↑</button>
      </form>
      <form action={move}>
        <input type="hidden" name="ruleId" value={ruleId} />
        <input type="hidden" name="direction" value="down" />
        <button type="submit" className={button} disabled={isLast} aria-label={`Move ${name} down`}>↓</button>
      </form>
      <form action={remove} onSubmit={(e) => { if (!window.confirm(`Delete the rule “${name}” and its run log?`)) e.preventDefault(); }}>
        <input type="hidden" name="ruleId" value={ruleId} />
        <button type="submit" className={`${button} text-red-700 ring-red-300 hover:bg-red-50`} aria-label={`Delete ${name}`}>Delete</button>
      </form>
      {error && !error.ok ? <p role="alert" className="w-full text-xs text-red-700">{error.error}</p> : null}
    </div>
  );
}
