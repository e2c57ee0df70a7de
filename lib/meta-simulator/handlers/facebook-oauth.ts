// graph.facebook.com: /oauth/access_token (code exchange, fb_exchange_token), /me, /me/permissions.
import { env } from '../../env';
import { consumeSimOAuthCode } from '../sim-oauth-codes';
import { SimGraphError, simErrors } from '../sim-graph-error';
import { issueSimToken, LONG_LIVED_SECONDS, resolveSimToken, SHORT_LIVED_SECONDS } from '../sim-tokens';
import { simulatorAppSecret } from '../simulator-app-secret';
import { deleteSimRecord } from '../simulator-store';
import { getSimAccount, graphJson, param, requireParam, route, type SimHandler, type SimRequest } from './sim-request';

export function assertAppCredentials(request: SimRequest): void {
  if (requireParam(request, 'client_id') !== env().META_APP_ID) throw new SimGraphError(400, 101, 'Error validating application. Invalid application ID.');
  if (requireParam(request, 'client_secret') !== simulatorAppSecret()) throw new SimGraphError(400, 1, 'Error validating client secret.');
}

export const facebookOAuthHandler: SimHandler = async (request) => {
  if (request.api !== 'graph') return null;

  if (route(request, 'GET', 'oauth/access_token')) {
    assertAppCredentials(request);
    if (param(request, 'grant_type') === 'fb_exchange_token') {
      const current = await resolveSimToken(requireParam(request, 'fb_exchange_token'));
      if (current.type !== 'user') throw simErrors.param('fb_exchange_token must be a user access token');
      const issued = await issueSimToken({ type: 'user', subject: current.subject, accounts: current.accounts, scopes: current.scopes, expiresInSeconds: LONG_LIVED_SECONDS });
      return graphJson({ access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn });
    }
    const code = await consumeSimOAuthCode(requireParam(request, 'code'));
    if (!code || code.dialog !== 'facebook') throw new SimGraphError(400, 100, 'This authorization code has been used.', 36009);
    const redirectUri = param(request, 'redirect_uri');
    // The JS-SDK Embedded Signup flow exchanges without a redirect_uri; a given one must match.
    if (redirectUri !== undefined && redirectUri !== code.redirectUri) {
      throw new SimGraphError(400, 100, 'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request', 36008);
    }
    // Embedded Signup yields a long-lived business token; Facebook Login a short-lived user token.
    const issued = await issueSimToken({ type: 'user', subject: code.subject, accounts: code.accounts, scopes: code.scopes, expiresInSeconds: code.embeddedSignup ? LONG_LIVED_SECONDS : SHORT_LIVED_SECONDS });
    return graphJson({ access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn });
  }

  if (route(request, 'GET', 'me')) {
    const token = await resolveSimToken(request.token);
    const account = await getSimAccount(token.subject);
    if (!account || !('name' in account)) throw simErrors.noObject(token.subject);
    return graphJson({ id: account.id, name: account.name });
  }

  if (route(request, 'DELETE', 'me/permissions')) {
    const token = await resolveSimToken(request.token);
    // Revoking the app's login invalidates this token (Meta revokes all of them; one is enough here).
    await deleteSimRecord('token', token.token);
    return graphJson({ success: true });
  }
  return null;
};
