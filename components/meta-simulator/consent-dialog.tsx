import { peekOAuthStateWorkspace } from '@/lib/meta/oauth/oauth-state';
import { firstConnectableAccount, unsafeDescribeSimAccountOwners, type SimAccountOwner } from '@/lib/meta-simulator/describe-sim-account-owners';
import { checkDialogRequest, deniedRedirect, isEmbeddedSignup, SIM_PAGES, SIM_WHATSAPP_NUMBERS } from '@/lib/meta-simulator/oauth-dialog';
import { SIM } from '@/lib/meta-simulator/simulator-ids';
import { ConsentForm, type ConsentAccount } from './consent-form';
import { SimulatorBanner } from './simulator-banner';

const SCOPE_TEXT: Record<string, string> = {
  pages_show_list: 'Show a list of the Pages you manage',
  pages_messaging: 'Manage and access Page conversations in Messenger',
  pages_manage_metadata: 'Manage accounts, settings and webhooks for a Page',
  pages_read_engagement: 'Read content posted on the Page',
  business_management: 'Manage your business',
  whatsapp_business_management: 'Manage your WhatsApp accounts',
  whatsapp_business_messaging: 'Send and receive WhatsApp messages',
  instagram_business_basic: 'Access your profile and media',
  instagram_business_manage_messages: 'Access and manage your direct messages',
  instagram_business_manage_comments: 'Access and manage comments on your posts',
};

export type DialogParams = { client_id?: string; redirect_uri?: string; state?: string; scope?: string; extras?: string; response_type?: string; config_id?: string };

const ownerNotes: Record<Exclude<SimAccountOwner, null>, string> = {
  this_workspace: 'Already connected to this workspace — continuing reconnects it.',
  another_workspace: 'Connected to another Relaydesk workspace — connecting it here will be refused.',
};

/** A consent screen shaped like Meta's: who asks, what for, which accounts, Continue or Cancel. */
export async function ConsentDialog({ dialog, params }: { dialog: 'facebook' | 'instagram'; params: DialogParams }) {
  const check = checkDialogRequest({ clientId: params.client_id, redirectUri: params.redirect_uri });
  const embeddedSignup = dialog === 'facebook' && isEmbeddedSignup(params.extras);
  const scopes = (params.scope ?? '').split(/[,\s]+/).filter(Boolean);
  const accounts: ConsentAccount[] = dialog === 'instagram'
    ? [SIM.instagram, SIM.instagramOther].map((a) => ({ id: a.id, label: `@${a.username}`, detail: `${a.name} · Instagram professional account ${a.id}` }))
    : embeddedSignup
      ? SIM_WHATSAPP_NUMBERS.map(({ waba, phone }) => ({ id: phone.id, label: `${phone.verifiedName} · +${phone.display}`, detail: `WhatsApp Business account ${waba.name} (${waba.id})` }))
      : SIM_PAGES.map((p) => ({ id: p.id, label: p.name, detail: `Facebook Page ${p.id}` }));
  const site = dialog === 'instagram' ? 'Instagram' : 'Facebook';
  const channelType = dialog === 'instagram' ? 'instagram' : embeddedSignup ? 'whatsapp' : 'messenger';
  const owners = await unsafeDescribeSimAccountOwners({ type: channelType, externalIds: accounts.map((a) => a.id), workspaceId: peekOAuthStateWorkspace(params.state) });
  const labelled = accounts.map((account) => {
    const owner = owners.get(account.id);
    return owner ? { ...account, note: ownerNotes[owner], taken: owner === 'another_workspace' } : account;
  });
  const preselected = firstConnectableAccount(accounts.map((a) => a.id), owners);

  return (
    <div className="min-h-screen bg-slate-100">
      <SimulatorBanner />
      <main className="mx-auto max-w-lg px-4 py-10">
        <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          <p className="text-sm font-semibold text-slate-500">Log in with {site} (simulated)</p>
          {!check.ok ? (
            <>
              <h1 className="mt-2 text-xl font-bold text-slate-900">This login link is not valid</h1>
              <p role="alert" className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{check.problem}</p>
            </>
          ) : (
            <>
              <h1 className="mt-2 text-xl font-bold text-slate-900">Relaydesk wants to…</h1>
              {scopes.length > 0 ? (
                <ul className="mt-4 space-y-2 text-sm text-slate-700">
                  {scopes.map((scope) => (
                    <li key={scope} className="flex gap-2">
                      <span aria-hidden className="text-brand-600">✓</span>
                      <span>{SCOPE_TEXT[scope] ?? scope} <code className="text-xs text-slate-500">{scope}</code></span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-3 text-sm text-slate-600">Access your public profile.</p>
              )}
              {embeddedSignup && (
                <p className="mt-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
                  WhatsApp Embedded Signup: the business account and number you choose are shared with Relaydesk.
                </p>
              )}
              {labelled.every((account) => 'taken' in account && account.taken) && (
                <p role="note" className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
                  Every simulated account here is connected to another Relaydesk workspace. Disconnect one there (Channels) to connect it to this workspace.
                </p>
              )}
              <ConsentForm
                dialog={dialog}
                multiple={dialog === 'facebook' && !embeddedSignup}
                legend={dialog === 'instagram' ? 'Continue as' : embeddedSignup ? 'Choose the WhatsApp number' : 'Choose the Pages Relaydesk can use'}
                accounts={labelled}
                preselected={preselected ? [preselected] : []}
                cancelHref={deniedRedirect(check.redirectUri, params.state)}
                hidden={{ client_id: params.client_id, redirect_uri: check.redirectUri, state: params.state, scope: params.scope, extras: params.extras }}
              />
            </>
          )}
        </div>
      </main>
    </div>
  );
}
