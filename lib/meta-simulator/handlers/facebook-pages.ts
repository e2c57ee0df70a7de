// graph.facebook.com: /me/accounts, /{page-id}/subscribed_apps, /{page-id}/messages (Messenger Send API).
import { newMessengerMid } from '../build-webhook-payloads';
import { SIM_AVATAR_MEDIA_ID, simCdnUrl } from '../ensure-simulator-seeded';
import { recordSimOutbound } from '../sim-capture';
import { simErrors } from '../sim-graph-error';
import { assertGrants, issueSimToken, resolveSimToken } from '../sim-tokens';
import { consumeRateLimitSwitch } from '../simulator-switches';
import { deleteSimRecord, putSimRecord } from '../simulator-store';
import { getSimAccount, graphJson, param, route, type SimHandler } from './sim-request';

async function pageFor(id: string) {
  const account = await getSimAccount(id);
  return account?.type === 'page' ? account : null;
}

export const facebookPagesHandler: SimHandler = async (request) => {
  if (request.api !== 'graph') return null;

  if (route(request, 'GET', 'me/accounts')) {
    const token = await resolveSimToken(request.token);
    if (token.type !== 'user') throw simErrors.param('/me/accounts needs a user access token');
    const data = [];
    for (const id of token.accounts) {
      const page = await pageFor(id);
      if (!page) continue;
      // Page tokens derived from a long-lived user token do not expire (meta-platform.md §e).
      const issued = await issueSimToken({ type: 'page', subject: page.id, accounts: [page.id], scopes: token.scopes, expiresInSeconds: null });
      data.push({
        access_token: issued.token,
        category: 'Shopping & retail',
        category_list: [{ id: '200600219953504', name: 'Shopping & retail' }],
        name: page.name,
        id: page.id,
        tasks: ['ANALYZE', 'ADVERTISE', 'MESSAGING', 'MODERATE', 'CREATE_CONTENT', 'MANAGE'],
        picture: { data: { height: 50, is_silhouette: false, url: simCdnUrl(SIM_AVATAR_MEDIA_ID), width: 50 } },
      });
    }
    return graphJson({ data, paging: { cursors: { before: 'QVFIUmFfYmVmb3Jl', after: 'QVFIUmFfYWZ0ZXI' } } });
  }

  const subscribe = route(request, 'POST', ':id/subscribed_apps') ?? route(request, 'DELETE', ':id/subscribed_apps');
  if (subscribe && (await pageFor(subscribe[0]!))) {
    const token = await resolveSimToken(request.token);
    assertGrants(token, subscribe[0]!);
    if (request.method === 'DELETE') await deleteSimRecord('subscription', subscribe[0]!);
    else await putSimRecord('subscription', subscribe[0]!, { fields: (param(request, 'subscribed_fields') ?? '').split(',').filter(Boolean) });
    return graphJson({ success: true });
  }

  const send = route(request, 'POST', ':id/messages');
  if (send && (await pageFor(send[0]!))) {
    const pageId = send[0]!;
    const token = await resolveSimToken(request.token);
    if (token.type !== 'page') throw simErrors.permission('Sending messages needs a Page access token');
    assertGrants(token, pageId);
    const recipient = request.body.recipient as { id?: string } | undefined;
    const message = request.body.message as { text?: unknown; attachment?: unknown } | undefined;
    if (!recipient?.id) throw simErrors.param('param recipient must be non-empty.');
    if (!message || (typeof message.text !== 'string' && !message.attachment)) throw simErrors.param('param message must be non-empty.');
    if (typeof message.text === 'string' && message.text.length >= 2000) throw simErrors.param('Length of param message[text] must be less than or equal to 2000');
    if (await consumeRateLimitSwitch(pageId)) throw simErrors.rateLimited();
    const response = { recipient_id: recipient.id, message_id: newMessengerMid() };
    await recordSimOutbound({ channel: 'messenger', accountId: pageId, recipient: recipient.id, kind: message.attachment ? 'attachment' : 'text', payload: request.body, response });
    return graphJson(response);
  }
  return null;
};
