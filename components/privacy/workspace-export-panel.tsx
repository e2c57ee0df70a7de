'use client';
// Owners: start a whole-workspace export and download it (7 days). While one is being built the
// page refreshes itself every 2 seconds so the progress bar moves.
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
export type ExportRow = { id: string; status: string; progress: number; sizeLabel: string | null; expiresLabel: string | null; createdLabel: string; error: string | null };

export function WorkspaceExportPanel({ action, exports }: { action: Action; exports: ExportRow[] }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const router = useRouter();
  const building = exports.some((e) => e.status === 'queued' || e.status === 'running');
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [building, router]);
  return (
    <div className="space-y-4">
      <form action={formAction}>
        <FormMessage state={state} />
        <div className="mt-2"><SubmitButton pendingLabel="Starting…" variant="secondary">Export workspace</SubmitButton></div>
      </form>
      {exports.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200" data-testid="workspace-exports">
          {exports.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5 text-sm">
              <span>Started {e.createdLabel}</span>
              {e.status === 'ready' ? (
                <span className="flex items-center gap-3">
                  <span className="text-slate-600">{e.sizeLabel} · until {e.expiresLabel}</span>
                  <a href={`/api/workspace-exports/${e.id}`} download className="font-semibold text-brand-700 underline" data-testid="download-export">Download zip</a>
                </span>
              ) : e.status === 'queued' || e.status === 'running' ? (
                <span className="flex min-w-40 items-center gap-2" role="progressbar" aria-label="Export progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={e.progress}>
                  <span className="h-2 w-32 overflow-hidden rounded-full bg-slate-200"><span className="block h-full bg-brand-600 transition-all" style={{ width: `${e.progress}%` }} /></span>
                  <span className="tabular-nums text-slate-600">{e.progress}%</span>
                </span>
              ) : (
                <span className="text-slate-600">{e.status === 'expired' ? 'Expired' : (e.error ?? 'Failed')}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
