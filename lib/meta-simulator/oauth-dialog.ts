// The simulated OAuth dialogs (/dev/meta/oauth/{facebook,instagram}): request validation and
// the redirect back to the app, with a one-time code or Meta's "user denied" error.
import { env } from '../env';
import { AppError } from '../errors';
import { createSimOAuthCode } from './sim-oauth-codes';
import { SIM } from './simulator-ids';

export type DialogKind = 'facebook' | 'instagram';

/** Meta checks the app id and the registered redirect URI; here "registered" means our own host. */
export function checkDialogRequest(input: { clientId?: string; redirectUri?: string }): { ok: true; redirectUri: string } | { ok: false; problem: string } {
  if (!input.clientId || input.clientId !== env().META_APP_ID) return { ok: false, problem: `client_id must be the app id (${env().META_APP_ID}).` };
  let url: URL;
  try {
    url = new URL(input.redirectUri ?? '');
  } catch {
    return { ok: false, problem: 'redirect_uri must be an absolute URL.' };
  }
  if (url.host !== new URL(env().APP_URL).host) return { ok: false, problem: `redirect_uri must be on ${new URL(env().APP_URL).host}.` };
  return { ok: true, redirectUri: url.toString() };
}

export const SIM_PAGES = [SIM.page, SIM.pageOther];
export const SIM_WHATSAPP_NUMBERS = [{ waba: SIM.waba, phone: SIM.phone }, { waba: SIM.wabaOther, phone: SIM.phoneOther }];

export const isEmbeddedSignup = (extras: string | undefined) => !!extras && extras.includes('whatsapp_embedded_signup');

export function deniedRedirect(redirectUri: string, state: string | undefined): string {
  const url = new URL(redirectUri);
  url.searchParams.set('error', 'access_denied');
  url.searchParams.set('error_reason', 'user_denied');
  url.searchParams.set('error_description', 'Permissions error');
  if (state !== undefined) url.searchParams.set('state', state);
  return url.toString();
}

/** Creates the one-time code for the chosen accounts and returns where to send the browser. */
export async function approveDialog(input: { dialog: DialogKind; clientId: string; redirectUri: string; state?: string; scopes: string[]; extras?: string; accountIds: string[] }): Promise<string> {
  const checked = checkDialogRequest(input);
  if (!checked.ok) throw new AppError('bad_request', checked.problem);
  if (!input.accountIds.length) throw new AppError('bad_request', 'Choose at least one account.');
  const url = new URL(checked.redirectUri);
  let code: string;
  if (input.dialog === 'instagram') {
    const allowed: string[] = [SIM.instagram.id, SIM.instagramOther.id];
    const igId = input.accountIds[0]!;
    if (!allowed.includes(igId)) throw new AppError('bad_request', 'Unknown Instagram account.');
    code = await createSimOAuthCode({ dialog: 'instagram', subject: igId, accounts: [igId], scopes: input.scopes, redirectUri: checked.redirectUri });
  } else {
    const embeddedSignup = isEmbeddedSignup(input.extras);
    let accounts: string[];
    if (embeddedSignup) {
      // Embedded Signup shares one WABA and one number; the app gets their ids with the code.
      const number = SIM_WHATSAPP_NUMBERS.find((n) => n.phone.id === input.accountIds[0]);
      if (!number) throw new AppError('bad_request', 'Choose a WhatsApp number.');
      accounts = [SIM.facebookUserId, number.waba.id, number.phone.id];
      url.searchParams.set('waba_id', number.waba.id);
      url.searchParams.set('phone_number_id', number.phone.id);
    } else {
      const pages = input.accountIds.filter((id) => SIM_PAGES.some((p) => p.id === id));
      if (!pages.length) throw new AppError('bad_request', 'Choose at least one Page.');
      accounts = [SIM.facebookUserId, ...pages];
    }
    code = await createSimOAuthCode({ dialog: 'facebook', subject: SIM.facebookUserId, accounts, scopes: input.scopes, redirectUri: checked.redirectUri, embeddedSignup });
  }
  url.searchParams.set('code', code);
  if (input.state !== undefined) url.searchParams.set('state', input.state);
  return url.toString();
}
