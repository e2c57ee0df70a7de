// graph.facebook.com GET /{id}: media metadata (WhatsApp), Messenger user profiles, and the
// simulated pages, WABAs and phone numbers.
import { env } from '../../env';
import { SIM_AVATAR_MEDIA_ID, simCdnUrl } from '../ensure-simulator-seeded';
import { getSimMedia } from '../sim-media';
import { simErrors } from '../sim-graph-error';
import { resolveSimToken } from '../sim-tokens';
import { getSimAccount, getSimCustomer, graphJson, type SimHandler } from './sim-request';

export const graphObjectsHandler: SimHandler = async (request) => {
  if (request.api !== 'graph' || request.method !== 'GET' || request.segments.length !== 1) return null;
  const id = request.segments[0]!;
  await resolveSimToken(request.token);

  const media = await getSimMedia(id);
  if (media) {
    return graphJson({ url: `${env().APP_URL}/api/dev/meta/media/${id}`, mime_type: media.mimeType, sha256: media.sha256, file_size: media.fileSize, id, messaging_product: 'whatsapp' });
  }
  const customer = await getSimCustomer(id);
  if (customer?.channel === 'messenger') {
    return graphJson({ first_name: customer.firstName, last_name: customer.lastName, name: customer.name, profile_pic: simCdnUrl(SIM_AVATAR_MEDIA_ID), id });
  }
  const account = await getSimAccount(id);
  if (account?.type === 'page' || account?.type === 'waba' || account?.type === 'facebook_user') return graphJson({ id, name: account.name });
  if (account?.type === 'phone_number') return graphJson({ id, display_phone_number: account.displayPhoneNumber, verified_name: account.verifiedName });
  throw simErrors.noObject(id);
};
