'use client';
// useActionState that also reports each result to a shared status line (one toast per pane).
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';

export type FormAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function useReportedAction(action: FormAction, report: (result: ActionResult) => void) {
  return useActionState(async (prev: ActionResult, formData: FormData) => {
    const result = await action(prev, formData);
    report(result);
    return result;
  }, initialActionResult);
}
