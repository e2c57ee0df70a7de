'use server';
// The getting-started checklist: close it for the signed-in member in the current workspace.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { dismissOnboarding } from '@/lib/onboarding/dismiss-onboarding';
import { requireWorkspace } from '@/lib/workspaces/context';

const noFields = z.strictObject({});

export async function dismissOnboardingAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(noFields, formData, async () => {
    const ctx = await requireWorkspace();
    await dismissOnboarding({ ctx });
    revalidatePath('/inbox');
    return { ok: true, message: 'Checklist closed.' };
  });
}
