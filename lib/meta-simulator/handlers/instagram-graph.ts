// graph.instagram.com (Instagram API with Instagram Login): token exchange and refresh, /me,
// /me/subscribed_apps, /me/messages (DMs and private replies), /{comment}/replies, /{igsid}.
import { newCommentId, newInstagramMid } from '../build-webhook-payloads';
import { SIM_AVATAR_MEDIA_ID, simCdnUrl } from '../ensure-simulator-seeded';
import { recordSimOutbound } from '../sim-capture';
import { SimGraphError, simErrors } from '../sim-graph-error';
import { assertGrants, issueSimToken, LONG_LIVED_SECONDS, resolveSimToken } from '../sim-tokens';
import { simulatorAppSecret } from '../simulator-app-secret';
import { consumeRateLimitSwitch } from '../simulator-switches';
import { deleteSimRecord, getSimRecord, insertSimRecordOnce, putSimRecord } from '../simulator-store';
import { getSimAccount, getSimCustomer, graphJson, param, requireParam, route, type SimHandler, type SimRequest } from './sim-request';

export type SimComment = { igAccountId: string; fromId: string; username: string; text: string; mediaId: string; createdAt: string };

const PRIVATE_REPLY_WINDOW_MS = 7 * 24 * 3600_000;

async function instagramToken(request: SimRequest) {
  const token = await resolveSimToken(request.token);
  if (token.type !== 'instagram') throw simErrors.invalidToken();
  return token;
}

export const instagramGraphHandler: SimHandler = async (request) => {
  if (request.api !== 'instagram-graph') return null;

  if (route(request, 'GET', 'access_token')) {
    if (requireParam(request, 'grant_type') !== 'ig_exchange_token') throw simErrors.param('grant_type must be ig_exchange_token');
    if (requireParam(request, 'client_secret') !== simulatorAppSecret()) throw new SimGraphError(400, 1, 'Error validating client secret.');
    const current = await instagramToken(request);
    const issued = await issueSimToken({ type: 'instagram', subject: current.subject, accounts: current.accounts, scopes: current.scopes, expiresInSeconds: LONG_LIVED_SECONDS });
    return graphJson({ access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn });
  }

  if (route(request, 'GET', 'refresh_access_token')) {
    if (requireParam(request, 'grant_type') !== 'ig_refresh_token') throw simErrors.param('grant_type must be ig_refresh_token');
    const current = await instagramToken(request);
    if (!current.longLived) throw simErrors.param('Only long-lived tokens can be refreshed');
    const issued = await issueSimToken({ type: 'instagram', subject: current.subject, accounts: current.accounts, scopes: current.scopes, expiresInSeconds: LONG_LIVED_SECONDS });
    return graphJson({ access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn, permissions: current.scopes.join(',') });
  }

  if (route(request, 'GET', 'me')) {
    const token = await instagramToken(request);
    const account = await getSimAccount(token.subject);
    if (account?.type !== 'instagram') throw simErrors.noObject(token.subject);
    return graphJson({ user_id: account.id, username: account.username, name: account.name, profile_picture_url: simCdnUrl(SIM_AVATAR_MEDIA_ID), account_type: 'BUSINESS', id: account.id });
  }

  const subscribe = route(request, 'POST', 'me/subscribed_apps') ?? route(request, 'DELETE', 'me/subscribed_apps');
  if (subscribe) {
    const token = await instagramToken(request);
    if (request.method === 'DELETE') await deleteSimRecord('subscription', token.subject);
    else await putSimRecord('subscription', token.subject, { fields: (param(request, 'subscribed_fields') ?? '').split(',').filter(Boolean) });
    return graphJson({ success: true });
  }

  const send = route(request, 'POST', 'me/messages') ?? route(request, 'POST', ':id/messages');
  if (send) {
    const token = await instagramToken(request);
    const accountId = send[0] ?? token.subject;
    assertGrants(token, accountId);
    return sendInstagram(accountId, request.body);
  }

  const replies = route(request, 'POST', ':id/replies');
  if (replies) {
    const token = await instagramToken(request);
    const message = requireParam(request, 'message');
    const response = { id: newCommentId() };
    await recordSimOutbound({ channel: 'instagram', accountId: token.subject, recipient: `comment ${replies[0]}`, kind: 'comment_reply', payload: { comment_id: replies[0], message }, response });
    return graphJson(response);
  }

  if (request.method === 'GET' && request.segments.length === 1) {
    await instagramToken(request);
    const customer = await getSimCustomer(request.segments[0]!);
    if (customer?.channel !== 'instagram') throw simErrors.noObject(request.segments[0]!);
    return graphJson({ name: customer.name, username: customer.username, profile_pic: simCdnUrl(SIM_AVATAR_MEDIA_ID), id: customer.id });
  }
  return null;
};

async function sendInstagram(accountId: string, body: Record<string, unknown>): Promise<Response> {
  const recipient = body.recipient as { id?: string; comment_id?: string } | undefined;
  const message = body.message as { text?: unknown; attachment?: { type?: string; payload?: { url?: string } } } | undefined;
  if (!recipient?.id && !recipient?.comment_id) throw simErrors.param('param recipient must be non-empty.');
  if (!message || (typeof message.text !== 'string' && !message.attachment?.payload?.url)) throw simErrors.param('param message must be non-empty.');
  if (typeof message.text === 'string' && message.text.length > 1000) throw simErrors.param('Length of param message[text] must be less than or equal to 1000');
  if (await consumeRateLimitSwitch(accountId)) throw simErrors.rateLimited();

  let recipientId = recipient.id ?? '';
  if (recipient.comment_id) {
    // One private reply per comment, within 7 days of it (meta-platform.md §c).
    const comment = await getSimRecord<SimComment>('comment', recipient.comment_id);
    const tooOld = comment && Date.now() - Date.parse(comment.createdAt) > PRIVATE_REPLY_WINDOW_MS;
    if (tooOld || !(await insertSimRecordOnce('private_reply', recipient.comment_id, { at: new Date().toISOString() }))) {
      throw new SimGraphError(400, 10, '(#10) This message is sent outside of allowed window.', 2534022);
    }
    recipientId = comment?.fromId ?? recipientId;
  }
  const response = { recipient_id: recipientId, message_id: newInstagramMid(accountId) };
  await recordSimOutbound({
    channel: 'instagram', accountId, recipient: recipient.comment_id ? `comment ${recipient.comment_id}` : recipientId,
    kind: recipient.comment_id ? 'private_reply' : message.attachment ? 'attachment' : 'text', payload: body, response,
  });
  return graphJson(response);
}
