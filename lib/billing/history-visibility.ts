// The plan's history cutoff applied to inbox loads: the list and search filter on it
// (historyVisibleSince), the conversation pane refuses a hidden one (assertConversationVisible).
// Hidden means hidden: nothing is deleted, and a new message or an upgrade brings it back.
import { AppError } from '../errors';
import { getWorkspacePlan } from './get-workspace-plan';
import { historyCutoff, historyHiddenMessage } from './history-cutoff';

export async function historyVisibleSince(options: { workspaceId: string; now?: Date }): Promise<Date | null> {
  return historyCutoff({ plan: await getWorkspacePlan(options), now: options.now ?? new Date() });
}

export async function assertConversationVisible(options: { workspaceId: string; lastMessageAt: Date; now?: Date }): Promise<void> {
  const plan = await getWorkspacePlan(options);
  const cutoff = historyCutoff({ plan, now: options.now ?? new Date() });
  if (cutoff && options.lastMessageAt < cutoff) throw new AppError('not_found', historyHiddenMessage(plan), { code: 'history_hidden' });
}
