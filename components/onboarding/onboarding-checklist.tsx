// The getting-started checklist above the inbox list of a new workspace (owners and admins).
// Steps tick themselves off from the workspace's data; the card goes away when all are done
// or when the member hides it.
import Link from 'next/link';
import type { OnboardingChecklist as Checklist, OnboardingStepId } from '@/lib/onboarding/get-onboarding-checklist';
import { DismissOnboardingButton } from './dismiss-onboarding-button';

type StepCopy = { title: string; hint: string; href: string; cta: string; external?: boolean };

function copyFor(id: OnboardingStepId, simulator: boolean): StepCopy {
  switch (id) {
    case 'channel':
      return { title: 'Connect a channel', hint: 'Instagram, Messenger or WhatsApp.', href: '/channels', cta: 'Connect' };
    case 'assistant':
      return { title: 'Set up the AI assistant', hint: 'Your products, offers, tone and when to hand over.', href: '/agent', cta: 'Set up' };
    case 'teammate':
      return { title: 'Invite a teammate', hint: 'Share the inbox and the AI drafts.', href: '/team', cta: 'Invite' };
    case 'first_message':
      return simulator
        ? { title: 'Send a test message', hint: 'Play a customer in the Meta simulator and watch it arrive here.', href: '/dev/meta', cta: 'Open simulator', external: true }
        : { title: 'Receive your first message', hint: 'Write to your connected account from another Instagram, Messenger or WhatsApp account.', href: '/channels', cta: 'See channels' };
  }
}

export function OnboardingChecklist({ checklist, simulator }: { checklist: Checklist; simulator: boolean }) {
  const total = checklist.steps.length;
  return (
    <section aria-labelledby="onboarding-title" className="m-3 rounded-xl bg-brand-50/60 p-3 ring-1 ring-brand-100">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 id="onboarding-title" className="text-sm font-semibold text-slate-900">Get started</h2>
          <p className="text-xs text-slate-600">{checklist.completed} of {total} done</p>
        </div>
        <DismissOnboardingButton />
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-white ring-1 ring-brand-100" aria-hidden>
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.round((checklist.completed / total) * 100)}%` }} />
      </div>
      <ol className="mt-3 space-y-2" aria-label="Getting-started steps">
        {checklist.steps.map((step) => {
          const copy = copyFor(step.id, simulator);
          return (
            <li key={step.id} className="flex items-start gap-2.5">
              <span
                aria-hidden
                className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-[11px] font-bold ${step.done ? 'bg-emerald-600 text-white' : 'bg-white text-slate-400 ring-1 ring-slate-300'}`}
              >{step.done ? '✓' : ''}</span>
              <span className="min-w-0 flex-1">
                <span className={`block text-sm font-medium ${step.done ? 'text-slate-500 line-through' : 'text-slate-900'}`}>
                  {copy.title}<span className="sr-only">{step.done ? ' (done)' : ' (to do)'}</span>
                </span>
                {step.done ? null : <span className="block text-xs text-slate-600">{copy.hint}</span>}
              </span>
              {step.done ? null : copy.external ? (
                <a href={copy.href} target="_blank" rel="noopener" className="shrink-0 rounded-md bg-white px-2 py-1 text-xs font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600">{copy.cta}</a>
              ) : (
                <Link href={copy.href} className="shrink-0 rounded-md bg-white px-2 py-1 text-xs font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600">{copy.cta}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
