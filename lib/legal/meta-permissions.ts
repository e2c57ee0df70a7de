// The Meta permissions the connect flows request, with why, for the Privacy Policy. The scope
// lists come from the OAuth code itself; a scope added there without an explanation here
// fails tests/unit/legal.test.ts.
import { INSTAGRAM_SCOPES, MESSENGER_SCOPES, WHATSAPP_SCOPES } from '../meta/oauth/build-connect-dialog-url';

export const metaPermissionPurposes: Record<string, string> = {
  instagram_business_basic: 'Read the connected Instagram professional account’s id, username and profile picture to show which account is connected.',
  instagram_business_manage_messages: 'Receive and answer Instagram Direct messages in the shared inbox.',
  instagram_business_manage_comments: 'Receive comments on your posts and reply to them, publicly or privately.',
  pages_messaging: 'Receive and answer Messenger conversations of the Facebook Page you connect.',
  pages_manage_metadata: 'Subscribe the connected Page to webhooks so new messages reach the inbox in real time.',
  pages_show_list: 'List the Pages you manage so you can pick which one to connect.',
  whatsapp_business_management: 'Read the WhatsApp Business Account, its phone numbers and message templates, and subscribe to its webhooks.',
  whatsapp_business_messaging: 'Receive and send WhatsApp messages from the connected business number.',
};

export type MetaPermission = { channel: 'Instagram' | 'Messenger' | 'WhatsApp'; scope: string; purpose: string | undefined };

const split = (scopes: string) => scopes.split(',').map((s) => s.trim()).filter(Boolean);

export function listMetaPermissions(): MetaPermission[] {
  const byChannel = [['Instagram', INSTAGRAM_SCOPES], ['Messenger', MESSENGER_SCOPES], ['WhatsApp', WHATSAPP_SCOPES]] as const;
  return byChannel.flatMap(([channel, scopes]) => split(scopes).map((scope) => ({ channel, scope, purpose: metaPermissionPurposes[scope] })));
}
