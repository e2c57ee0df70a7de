// Stores the result of a finished connect flow. One Meta account belongs to at most one
// workspace (Channel is unique on type + externalId): connecting it again in the same workspace
// reconnects it; another workspace gets a clear conflict.
import { recordAudit } from '../audit/record-audit';
import { assertChannelAvailable } from '../billing/assert-channel-available';
import { encryptToken } from '../crypto/token-cipher';
import { db } from '../db';
import type { ChannelType } from '../generated/prisma/enums';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { forgetChannelRoutes } from '../meta/webhooks/find-channel-routes';
import { connectError } from './connect-errors';

export type ConnectedAccount = {
  type: ChannelType;
  externalId: string;
  name: string;
  avatarUrl?: string | null;
  igUserId?: string | null;
  pageId?: string | null;
  wabaId?: string | null;
  phoneNumberId?: string | null;
  displayPhone?: string | null;
  metaUserId?: string | null;
  accessToken: string;
  tokenExpiresAt?: Date | null;
};

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function upsertConnectedChannel(options: { ctx: Ctx; account: ConnectedAccount; meta?: Partial<RequestMeta> | null }) {
  const { ctx, account } = options;
  if (!ctx.can('channels.manage')) throw connectError('forbidden');
  await releaseOrRejectForeignChannel(account, ctx.workspace.id);
  const now = new Date();
  const fields = {
    name: account.name.slice(0, 200),
    avatarUrl: account.avatarUrl ?? null,
    igUserId: account.igUserId ?? null,
    pageId: account.pageId ?? null,
    wabaId: account.wabaId ?? null,
    phoneNumberId: account.phoneNumberId ?? null,
    displayPhone: account.displayPhone ?? null,
    metaUserId: account.metaUserId ?? null,
    accessTokenEnc: encryptToken(account.accessToken),
    tokenExpiresAt: account.tokenExpiresAt ?? null,
    tokenRefreshedAt: now,
    status: 'active' as const,
    statusReason: null,
    connectedById: ctx.user.id,
    connectedAt: now,
    disconnectedAt: null,
    deleteDataAfter: null,
  };
  const existing = await ctx.db.channel.findFirst({ where: { type: account.type, externalId: account.externalId }, select: { id: true, status: true } });
  const select = { id: true, type: true, name: true } as const;
  let channel: { id: string; type: ChannelType; name: string };
  try {
    if (existing && existing.status !== 'disconnected') {
      // A reconnect: the channel already holds its place on the plan.
      channel = await ctx.db.channel.update({ where: { id: existing.id }, data: fields, select });
    } else {
      // A new place on the plan: checked under the workspace row lock (plain client; the id came from the scoped read).
      channel = await db.$transaction(async (tx) => {
        await assertChannelAvailable({ workspaceId: ctx.workspace.id, tx });
        return existing
          ? tx.channel.update({ where: { id: existing.id }, data: fields, select })
          : tx.channel.create({ data: { ...fields, workspaceId: ctx.workspace.id, type: account.type, externalId: account.externalId }, select });
      });
    }
  } catch (error) {
    // Another workspace connected the same account in the same instant.
    if ((error as { code?: string }).code === 'P2002') throw conflict(account.type);
    throw error;
  }
  forgetChannelRoutes(); // webhooks for this account route here from now on (this process at once)
  await recordAudit({
    action: existing ? 'channel.reconnected' : 'channel.connected',
    ctx,
    meta: options.meta,
    targetType: 'channel',
    targetId: channel.id,
    metadata: { type: account.type, externalId: account.externalId, name: fields.name },
  });
  return { ...channel, reconnected: Boolean(existing) };
}

const conflict = (type: ChannelType) => connectError('already_connected', { type });

/**
 * A row for the same account in another workspace blocks the connect, unless it was
 * disconnected there and its data is already deleted: then the stale row is removed.
 */
async function releaseOrRejectForeignChannel(account: ConnectedAccount, workspaceId: string): Promise<void> {
  // Unscoped on purpose: the conflict is by definition with another workspace; nothing is returned.
  const foreign = await db.channel.findFirst({
    where: { type: account.type, externalId: account.externalId, workspaceId: { not: workspaceId } },
    select: { id: true, workspaceId: true, status: true, deleteDataAfter: true },
  });
  if (!foreign) return;
  const dataGone = foreign.status === 'disconnected' && foreign.deleteDataAfter && foreign.deleteDataAfter <= new Date()
    && (await db.contact.count({ where: { channelId: foreign.id } })) === 0;
  if (!dataGone) {
    if (foreign.status === 'disconnected' && foreign.deleteDataAfter) {
      throw connectError('connected_elsewhere', { type: account.type, until: foreign.deleteDataAfter.toISOString().slice(0, 10) });
    }
    throw conflict(account.type);
  }
  await db.channel.delete({ where: { id: foreign.id } });
  forgetChannelRoutes();
  await recordAudit({ action: 'channel.released', workspaceId: foreign.workspaceId, targetType: 'channel', targetId: foreign.id, metadata: { type: account.type, reason: 'connected by another workspace after its data was deleted' } });
}
