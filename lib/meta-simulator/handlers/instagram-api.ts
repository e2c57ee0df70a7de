// api.instagram.com: POST /oauth/access_token — Business Login code → short-lived token.
import { env } from '../../env';
import { consumeSimOAuthCode } from '../sim-oauth-codes';
import { issueSimToken, SHORT_LIVED_SECONDS } from '../sim-tokens';
import { simulatorAppSecret } from '../simulator-app-secret';
import { graphJson, requireParam, route, type SimHandler } from './sim-request';

// api.instagram.com answers OAuth errors in its own flat shape.
const oauthError = (message: string) => Response.json({ error_type: 'OAuthException', code: 400, error_message: message }, { status: 400 });

export const instagramApiHandler: SimHandler = async (request) => {
  if (request.api !== 'instagram-api' || !route(request, 'POST', 'oauth/access_token')) return null;
  if (requireParam(request, 'client_id') !== env().META_APP_ID) return oauthError('Invalid platform app');
  if (requireParam(request, 'client_secret') !== simulatorAppSecret()) return oauthError('Error validating client secret.');
  if (requireParam(request, 'grant_type') !== 'authorization_code') return oauthError('Invalid grant_type');
  const redirectUri = requireParam(request, 'redirect_uri');
  const code = await consumeSimOAuthCode(requireParam(request, 'code'));
  if (!code || code.dialog !== 'instagram') return oauthError('This authorization code has been used');
  if (code.redirectUri !== redirectUri) return oauthError('Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request');
  const issued = await issueSimToken({ type: 'instagram', subject: code.subject, accounts: [code.subject], scopes: code.scopes, expiresInSeconds: SHORT_LIVED_SECONDS });
  // user_id as a string: 17-digit IG ids exceed Number.MAX_SAFE_INTEGER, so a JSON number would be mangled by JSON.parse.
  return graphJson({ access_token: issued.token, user_id: code.subject, permissions: code.scopes });
};
