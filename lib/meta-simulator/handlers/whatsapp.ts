// graph.facebook.com WhatsApp Cloud API: /{waba}/subscribed_apps, /{waba}/phone_numbers,
// /{waba}/message_templates, /{phone}/register, /{phone}/messages (meta-platform.md §c, §e).
import { buildWhatsAppStatus, newWamid } from '../build-webhook-payloads';
import { deliverWebhooksLater } from '../deliver-webhook';
import { templateKey, type SimTemplate } from '../ensure-simulator-seeded';
import { recordSimOutbound } from '../sim-capture';
import { SimGraphError, simErrors } from '../sim-graph-error';
import { assertGrants, resolveSimToken } from '../sim-tokens';
import { consumeRateLimitSwitch, getAccountSwitches } from '../simulator-switches';
import { deleteSimRecord, getSimRecord, listSimRecords, putSimRecord } from '../simulator-store';
import { getSimAccount, graphJson, param, route, type SimHandler } from './sim-request';

const SEND_TYPES = ['text', 'template', 'image', 'audio', 'document', 'video', 'interactive'] as const;

async function wabaFor(id: string) {
  const account = await getSimAccount(id);
  return account?.type === 'waba' ? account : null;
}
async function phoneFor(id: string) {
  const account = await getSimAccount(id);
  return account?.type === 'phone_number' ? account : null;
}

export const whatsAppHandler: SimHandler = async (request) => {
  if (request.api !== 'graph') return null;

  const subscribe = route(request, 'POST', ':id/subscribed_apps') ?? route(request, 'DELETE', ':id/subscribed_apps');
  if (subscribe && (await wabaFor(subscribe[0]!))) {
    assertGrants(await resolveSimToken(request.token), subscribe[0]!);
    if (request.method === 'DELETE') await deleteSimRecord('subscription', subscribe[0]!);
    else await putSimRecord('subscription', subscribe[0]!, { fields: ['messages'] });
    return graphJson({ success: true });
  }

  const numbers = route(request, 'GET', ':id/phone_numbers');
  if (numbers) {
    const waba = await wabaFor(numbers[0]!);
    if (!waba) throw simErrors.noObject(numbers[0]!);
    assertGrants(await resolveSimToken(request.token), waba.id);
    const data = [];
    for (const id of waba.phoneNumberIds) {
      const phone = await phoneFor(id);
      if (phone) data.push({ verified_name: phone.verifiedName, code_verification_status: 'VERIFIED', display_phone_number: phone.displayPhoneNumber, quality_rating: 'GREEN', platform_type: 'CLOUD_API', throughput: { level: 'STANDARD' }, id: phone.id });
    }
    return graphJson({ data, paging: { cursors: { before: 'QVFIUmJl', after: 'QVFIUmFm' } } });
  }

  const templates = route(request, 'GET', ':id/message_templates');
  if (templates) {
    const waba = await wabaFor(templates[0]!);
    if (!waba) throw simErrors.noObject(templates[0]!);
    assertGrants(await resolveSimToken(request.token), waba.id);
    const rows = await listSimRecords<SimTemplate>('template', { take: 500 });
    const data = rows
      .filter((r) => r.data.wabaId === waba.id)
      .map(({ data: t }) => ({ name: t.name, parameter_format: 'POSITIONAL', components: t.components, language: t.language, status: t.status, category: t.category, id: t.id }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return graphJson({ data, paging: { cursors: { before: 'MAZDZD', after: 'MjQZD' } } });
  }

  const register = route(request, 'POST', ':id/register');
  if (register) {
    const phone = await phoneFor(register[0]!);
    if (!phone) throw simErrors.noObject(register[0]!);
    assertGrants(await resolveSimToken(request.token), phone.id);
    if (param(request, 'messaging_product') !== 'whatsapp') throw simErrors.param('The parameter messaging_product is required.');
    if (!/^\d{6}$/.test(param(request, 'pin') ?? '')) throw simErrors.param('The parameter pin must be a 6-digit number.');
    return graphJson({ success: true });
  }

  const send = route(request, 'POST', ':id/messages');
  if (send && (await phoneFor(send[0]!))) return sendWhatsApp(send[0]!, request.body, await resolveSimToken(request.token));
  return null;
};

async function sendWhatsApp(phoneNumberId: string, body: Record<string, unknown>, token: Awaited<ReturnType<typeof resolveSimToken>>): Promise<Response> {
  const phone = (await phoneFor(phoneNumberId))!;
  assertGrants(token, phone.id);
  if (body.messaging_product !== 'whatsapp') throw simErrors.param('The parameter messaging_product is required.');
  // Read receipt / typing indicator (meta-platform.md §c).
  if (body.status === 'read') {
    if (typeof body.message_id !== 'string' || !body.message_id.startsWith('wamid.')) throw new SimGraphError(400, 131009, '(#131009) Parameter value is not valid', undefined, 'OAuthException');
    return graphJson({ success: true });
  }
  const to = typeof body.to === 'string' ? body.to.replace(/\D/g, '') : '';
  if (!to) throw simErrors.param('The parameter to is required.');
  const type = (body.type ?? 'text') as string;
  if (!(SEND_TYPES as readonly string[]).includes(type)) throw new SimGraphError(400, 131051, `(#131051) Unsupported message type: ${type}`);
  const content = body[type] as Record<string, unknown> | undefined;
  if (!content || typeof content !== 'object') throw simErrors.param(`The parameter ${type} is required.`);
  if (type === 'text' && (typeof content.body !== 'string' || !content.body)) throw simErrors.param('The parameter text[body] is required.');
  if (type === 'interactive' && (!['button', 'list'].includes(String(content.type)) || typeof (content.body as { text?: unknown } | undefined)?.text !== 'string')) {
    throw simErrors.param('The parameter interactive[type] and interactive[body][text] are required.');
  }
  if (['image', 'audio', 'document', 'video'].includes(type) && !content.id && !content.link) throw simErrors.param(`The parameter ${type}[id] or ${type}[link] is required.`);
  if (type === 'template') {
    const name = String(content.name ?? '');
    const language = String((content.language as { code?: unknown } | undefined)?.code ?? '');
    const template = await getSimRecord<SimTemplate>('template', templateKey(phone.wabaId, name, language));
    if (!template || template.status !== 'APPROVED') {
      throw new SimGraphError(400, 132001, '(#132001) Template name does not exist in the translation', undefined, 'OAuthException');
    }
  }
  if (await consumeRateLimitSwitch(phone.id)) throw new SimGraphError(400, 4, '(#4) Application request limit reached');
  if (type !== 'template' && (await getAccountSwitches(phone.id)).windowClosed) {
    throw new SimGraphError(400, 131047, '(#131047) Re-engagement message: more than 24 hours have passed since the customer last replied to this number.');
  }
  const wamid = newWamid(to);
  const response = { messaging_product: 'whatsapp', contacts: [{ input: String(body.to), wa_id: to }], messages: [{ id: wamid }] };
  await recordSimOutbound({ channel: 'whatsapp', accountId: phone.id, recipient: to, kind: type, payload: body, response });
  const envelope = { wabaId: phone.wabaId, phoneNumberId: phone.id, displayPhoneNumber: phone.displayPhoneNumber, wamid, recipientId: to };
  deliverWebhooksLater([buildWhatsAppStatus({ ...envelope, status: 'sent' }), buildWhatsAppStatus({ ...envelope, status: 'delivered' })]);
  return graphJson(response);
}
