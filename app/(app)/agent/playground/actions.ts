'use server';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { runPlaygroundTurn, type PlaygroundAnswer } from '@/lib/agent/playground/run-playground-turn';
import { requireWorkspace } from '@/lib/workspaces/context';
import { playgroundAskSchema } from './playground.schema';

/** Asks the agent one question in the playground. Stores nothing and sends nothing to Meta. */
export async function askPlaygroundAction(_prev: ActionResult<PlaygroundAnswer>, formData: FormData): Promise<ActionResult<PlaygroundAnswer>> {
  return runAction(playgroundAskSchema, formData, async (values) => {
    const ctx = await requireWorkspace('agent.configure');
    const answer = await runPlaygroundTurn({
      ctx,
      turns: values.turns,
      settingsSource: values.settingsSource,
      draftSettings: values.draftSettings,
      channelId: values.channelId || undefined,
      commentThread: values.commentThread,
    });
    return { ok: true, data: answer };
  });
}
