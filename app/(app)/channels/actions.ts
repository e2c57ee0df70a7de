'use server';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { disconnectChannel } from '@/lib/channels/disconnect-channel';
import { AppError } from '@/lib/errors';
import { getRequestMeta } from '@/lib/http/request-meta';
import { connectMessengerPage } from '@/lib/meta/oauth/connect-messenger';
import { openPendingPages, PENDING_PAGES_COOKIE } from '@/lib/meta/oauth/pending-pages-cookie';
import { requireWorkspace } from '@/lib/workspaces/context';
import { disconnectChannelSchema, selectMessengerPageSchema } from './channels.schema';

export async function disconnectChannelAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(disconnectChannelSchema, formData, async (values) => {
    const ctx = await requireWorkspace('channels.manage');
    await disconnectChannel({ ctx, channelId: values.channelId, deleteNow: values.deleteNow, meta: await getRequestMeta() });
    revalidatePath('/channels');
    return { ok: true, message: values.deleteNow ? 'Channel disconnected. Its data is being deleted now.' : 'Channel disconnected. Its data will be deleted in 30 days.' };
  });
}

export async function selectMessengerPageAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let channelId = '';
  const result = await runAction(selectMessengerPageSchema, formData, async (values) => {
    const ctx = await requireWorkspace('channels.manage');
    const jar = await cookies();
    const pending = openPendingPages({ sealed: jar.get(PENDING_PAGES_COOKIE)?.value, workspaceId: ctx.workspace.id, userId: ctx.user.id });
    const page = pending.pages.find((p) => p.id === values.pageId);
    if (!page) throw new AppError('bad_request', 'That Page was not in the list Facebook shared. Please connect Messenger again.');
    ({ id: channelId } = await connectMessengerPage({ ctx, metaUserId: pending.metaUserId, page, meta: await getRequestMeta() }));
    jar.delete({ name: PENDING_PAGES_COOKIE, path: '/channels' });
  });
  if (result.ok) redirect(`/channels?connected=${encodeURIComponent(channelId)}`);
  return result;
}
