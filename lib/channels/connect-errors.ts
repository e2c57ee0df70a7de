// Why a channel connection failed, as a closed set of codes. Connect flows end with a redirect
// to /channels, so the reason travels in the URL; the page shows only the text this table gives
// for a known code (and validated parameters), never text from the URL (issue 12: `?error=`
// put attacker-chosen words into the app's alert box).
import { z } from 'zod';
import { channelLimitMessage } from '../billing/plan-limits';
import { getPlan, planIdSchema } from '../billing/plans';
import { AppError, type AppErrorCode } from '../errors';
import { channelAccountNoun } from './channel-labels';

const channelTypeSchema = z.enum(['instagram', 'messenger', 'whatsapp']);
const paramsSchema = z.object({
  /** Which kind of account (wording only). */
  type: channelTypeSchema.optional().catch(undefined),
  /** A date (YYYY-MM-DD) the message names. */
  until: z.iso.date().optional().catch(undefined),
  /** Meta's numeric error code. */
  metaCode: z.string().regex(/^\d{1,9}$/).optional().catch(undefined),
  /** The plan whose channel limit was reached (its name and limit come from plans.ts). */
  plan: planIdSchema.optional().catch(undefined),
});
export type ConnectErrorParams = z.infer<typeof paramsSchema>;

const account = (params: ConnectErrorParams) => (params.type ? channelAccountNoun[params.type] : 'account');

const messages = {
  cancelled: () => 'You cancelled the connection. Nothing was connected.',
  meta_incomplete: () => 'Meta did not complete the connection. Please try again.',
  state_invalid: () => 'The connection attempt could not be verified. Please start again from the Channels page.',
  state_expired: () => 'The connection attempt expired. Please try again.',
  state_foreign: () => 'This connection was started in another workspace or by another user. Please start again here.',
  pages_expired: () => 'The Page selection expired. Please connect Messenger again.',
  no_pages: () => 'No Facebook Page was shared with Relaydesk. Connect again and select at least one Page.',
  whatsapp_ids_missing: () => 'WhatsApp did not tell us which business account and number you chose. Please try again.',
  whatsapp_number_mismatch: () => 'That phone number does not belong to the WhatsApp Business Account you shared. Please try again.',
  already_connected: (p: ConnectErrorParams) => `This ${account(p)} is already connected to another Relaydesk workspace. Disconnect it there first.`,
  connected_elsewhere: (p: ConnectErrorParams) =>
    `This ${account(p)} was connected to another Relaydesk workspace, which keeps its data${p.until ? ` until ${p.until}` : ' for now'}. Ask that workspace to delete it now, or try again after that date.`,
  forbidden: () => 'Only owners and admins can connect channels.',
  meta_refused: (p: ConnectErrorParams) => `Meta refused the connection${p.metaCode ? ` (error ${p.metaCode})` : ''}. Please try again.`,
  plan_channel_limit: (p: ConnectErrorParams) =>
    p.plan ? channelLimitMessage(getPlan(p.plan)) : 'Your plan’s channels are all in use. An owner can upgrade on the Billing page. Disconnecting a channel also frees its place.',
  failed: () => 'Something went wrong while connecting. Please try again.',
} satisfies Record<string, (params: ConnectErrorParams) => string>;

export type ConnectErrorCode = keyof typeof messages;

const statusOf: Partial<Record<ConnectErrorCode, AppErrorCode>> = { already_connected: 'conflict', connected_elsewhere: 'conflict', plan_channel_limit: 'conflict', forbidden: 'forbidden' };

/** An AppError for a connect flow: its message for forms, its code and params for the redirect. */
export function connectError(code: ConnectErrorCode, params: ConnectErrorParams = {}): AppError {
  return new AppError(statusOf[code] ?? 'bad_request', messages[code](params), { connectError: { code, params } });
}

/** The query parameters that describe `error` on /channels (unknown errors become `failed`). */
export function connectErrorQuery(error: AppError | { code: ConnectErrorCode; params?: ConnectErrorParams }): Record<string, string> {
  const described = error instanceof AppError ? (error.details?.connectError as { code: ConnectErrorCode; params: ConnectErrorParams } | undefined) : error;
  const code: ConnectErrorCode = described?.code ?? (error instanceof AppError && error.code === 'forbidden' ? 'forbidden' : 'failed');
  const params = Object.entries(described?.params ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return { error: code, ...Object.fromEntries(params) };
}

/** The message for /channels?error=…, or null for anything that is not one of our codes. */
export function connectErrorMessage(query: Record<string, string | string[] | undefined>): string | null {
  const code = typeof query.error === 'string' ? query.error : null;
  if (!code || !Object.hasOwn(messages, code)) return null;
  const params = paramsSchema.parse({ type: query.type, until: query.until, metaCode: query.metaCode, plan: query.plan });
  return messages[code as ConnectErrorCode](params);
}
