import Link from 'next/link';
import type { Metadata } from 'next';
import { ChannelTypeIcon } from '@/components/channels/channel-type-icon';
import { DisconnectChannelDialog } from '@/components/channels/disconnect-channel-dialog';
import { PlanLimitNote } from '@/components/billing/plan-limit-note';
import { WhatsAppConnectButton } from '@/components/channels/whatsapp-connect-button';
import { getLimitUsage } from '@/lib/billing/get-limit-usage';
import { channelTypeLabel } from '@/lib/channels/channel-labels';
import { channelActivity } from '@/lib/channels/channel-activity';
import { connectErrorMessage } from '@/lib/channels/connect-errors';
import { listChannels, type ChannelSummary } from '@/lib/channels/list-channels';
import { createOAuthState } from '@/lib/meta/oauth/oauth-state';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { disconnectChannelAction } from './actions';

export const metadata: Metadata = { title: 'Channels' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const buttonClass = 'inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60';

function StatusBadge({ channel }: { channel: ChannelSummary }) {
  const now = new Date();
  const badge = {
    active: { label: 'Active', className: 'bg-emerald-50 text-emerald-800 ring-emerald-200', detail: null },
    token_expired: { label: 'Token expired', className: 'bg-amber-50 text-amber-900 ring-amber-200', detail: 'Meta no longer accepts our access. Reconnect to resume messages.' },
    error: { label: 'Error', className: 'bg-red-50 text-red-800 ring-red-200', detail: channel.statusReason },
    disconnected: {
      label: 'Disconnected',
      className: 'bg-slate-100 text-slate-700 ring-slate-200',
      detail: channel.deleteDataAfter
        ? `${channel.deleteDataAfter <= now ? 'Data deleted on' : 'Data will be deleted on'} ${dateFormat.format(channel.deleteDataAfter)}.`
        : channel.statusReason,
    },
  }[channel.status];
  return (
    <div className="space-y-1">
      <span className={`inline-block rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ${badge.className}`}>{badge.label}</span>
      {badge.detail ? <p className="text-xs text-slate-600">{badge.detail}</p> : null}
    </div>
  );
}

function subtitle(channel: ChannelSummary): string {
  if (channel.type === 'instagram') return `@${channel.name}`;
  if (channel.type === 'whatsapp') return channel.displayPhone ? `+${channel.displayPhone.replace(/^\+/, '')}` : `Number ${channel.externalId}`;
  return `Facebook Page ${channel.externalId}`;
}

export default async function ChannelsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireWorkspacePage();
  const canManage = ctx.can('channels.manage');
  const [channels, activity, params, usage] = await Promise.all([
    listChannels({ ctx }), channelActivity({ ctx }), searchParams,
    canManage ? getLimitUsage({ workspaceId: ctx.workspace.id, limit: 'channels' }) : null,
  ]);
  // Only our own words: a known error code's message, and the name of one of this workspace's channels.
  const error = connectErrorMessage(params);
  const connected = typeof params.connected === 'string' ? (channels.find((channel) => channel.id === params.connected)?.name ?? null) : null;
  return (
    <section className="max-w-4xl">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Channels</h1>
        {canManage ? <Link href="/channels/events" className="text-sm font-semibold text-brand-700 hover:underline">Webhook events and failures</Link> : null}
      </div>
      <p className="mt-1 text-slate-600">The Instagram, Messenger and WhatsApp accounts whose conversations arrive in your inbox.</p>
      {error ? <p role="alert" className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{error}</p> : null}
      {connected ? <p role="status" className="mt-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">Connected {connected}. New messages will appear in the inbox.</p> : null}
      {canManage ? (
        <div className="mt-6 flex flex-wrap gap-3">
          <a href="/api/channels/instagram/connect" className={buttonClass}>Connect Instagram</a>
          <a href="/api/channels/messenger/connect" className={buttonClass}>Connect Messenger</a>
          <WhatsAppConnectButton className={buttonClass} state={createOAuthState({ workspaceId: ctx.workspace.id, userId: ctx.user.id, type: 'whatsapp' })} />
          {usage ? <div className="basis-full"><PlanLimitNote usage={usage} limit="channels" canUpgrade={ctx.can('billing.manage')} /></div> : null}
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-600">Only owners and admins can connect or disconnect channels.</p>
      )}
      {channels.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="font-semibold">No channels yet</h2>
          <p className="mt-2 text-sm text-slate-600">{canManage ? 'Connect an account above to start receiving messages.' : 'Ask an owner or admin to connect your accounts.'}</p>
        </div>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2" aria-label="Connected channels">
          {channels.map((channel) => (
            <li key={channel.id} className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <div className="flex items-start gap-3">
                <ChannelTypeIcon type={channel.type} />
                <div className="min-w-0">
                  <h2 className="truncate font-semibold">{channel.name}</h2>
                  <p className="truncate text-sm text-slate-600">{channelTypeLabel[channel.type]} · {subtitle(channel)}</p>
                </div>
              </div>
              <StatusBadge channel={channel} />
              <ActivityLine activity={activity.get(channel.id)} />
              {canManage ? (
                <div className="flex flex-wrap items-center gap-2">
                  {channel.status !== 'active' ? (
                    <a href={`/api/channels/${channel.type}/connect`} className="rounded-lg bg-brand-600 px-3 py-1.5 text-xs font-semibold text-white hover:bg-brand-700">Reconnect</a>
                  ) : null}
                  {channel.status !== 'disconnected' || (channel.deleteDataAfter && channel.deleteDataAfter > new Date()) ? (
                    <DisconnectChannelDialog action={disconnectChannelAction} channelId={channel.id} channelName={channel.name} alreadyDisconnected={channel.status === 'disconnected'} />
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActivityLine({ activity }: { activity?: { conversations: number; lastMessageAt: Date | null } }) {
  if (!activity) return <p className="text-sm text-slate-500">No conversations yet.</p>;
  return (
    <p className="text-sm text-slate-600" data-testid="channel-activity">
      {activity.conversations} conversation{activity.conversations === 1 ? '' : 's'}
      {activity.lastMessageAt ? ` · last message ${activity.lastMessageAt.toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC` : ''}
    </p>
  );
}
