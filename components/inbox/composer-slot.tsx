// Server side of the composer: loads what may be sent right now and the canned responses.
import { listCannedResponses } from '@/lib/inbox/canned-responses/list-canned-responses';
import { getComposerState } from '@/lib/inbox/get-composer-state';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { Composer } from './composer';

export async function ComposerSlot({ ctx, conversationId }: { ctx: WorkspaceContext; conversationId: string }) {
  const [state, cannedResponses] = await Promise.all([getComposerState({ ctx, conversationId }), listCannedResponses({ ctx })]);
  // Keyed by conversation: switching conversations starts a fresh draft; a live refresh of the
  // same one keeps what is being typed.
  return <Composer key={conversationId} state={state} cannedResponses={cannedResponses} />;
}
