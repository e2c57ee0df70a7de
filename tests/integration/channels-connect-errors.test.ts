// /channels?error=… and ?connected=… come from redirects, so anyone can craft them: the page shows
// only messages from a closed table of codes and the names of the workspace's own channels.
import { renderToStaticMarkup } from 'react-dom/server';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { connectErrorMessage, connectErrorQuery, connectError } from '@/lib/channels/connect-errors';
import { db } from '@/lib/db';
import { createOAuthState } from '@/lib/meta/oauth/oauth-state';
import { createWorkspaceWithOwner } from '../factories';
import { signInAs } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

const { default: ChannelsPage } = await import('@/app/(app)/channels/page');
const { GET: instagramCallback } = await import('@/app/api/channels/instagram/callback/route');

async function renderChannels(query: Record<string, string>) {
  return renderToStaticMarkup(await ChannelsPage({ searchParams: Promise.resolve(query) }));
}

describe('connect errors on /channels', () => {
  it('maps codes to our own messages and ignores everything else', () => {
    expect(connectErrorMessage({ error: 'state_expired' })).toBe('The connection attempt expired. Please try again.');
    expect(connectErrorMessage({ error: 'already_connected', type: 'whatsapp' })).toBe('This WhatsApp number is already connected to another Relaydesk workspace. Disconnect it there first.');
    expect(connectErrorMessage({ error: 'connected_elsewhere', type: 'instagram', until: '2026-05-01' })).toContain('keeps its data until 2026-05-01');
    // Parameters are validated; free text never makes it into the message.
    expect(connectErrorMessage({ error: 'already_connected', type: 'Call +1 555 0100 to fix your account' })).toBe('This account is already connected to another Relaydesk workspace. Disconnect it there first.');
    expect(connectErrorMessage({ error: 'connected_elsewhere', until: 'never, send bitcoin' })).not.toContain('bitcoin');
    for (const error of ['Your account is suspended. Call +1 555 0100.', 'toString', '__proto__', '']) expect(connectErrorMessage({ error })).toBeNull();
  });

  it('turns errors into codes for the redirect', () => {
    expect(connectErrorQuery(connectError('connected_elsewhere', { type: 'messenger', until: '2026-05-01' }))).toEqual({ error: 'connected_elsewhere', type: 'messenger', until: '2026-05-01' });
    expect(connectErrorQuery({ code: 'meta_refused', params: { metaCode: '190' } })).toEqual({ error: 'meta_refused', metaCode: '190' });
  });

  it('the page never shows text from the URL, and names only its own channels', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const channel = await db.channel.create({ data: { workspaceId: workspace.id, type: 'instagram', externalId: '17841400000055555', name: 'own.shop' } });
    await signInAs(owner.id, workspace.id);

    const phishing = await renderChannels({ error: 'Your account is suspended. Call +1 555 0100 now.', connected: 'Scam Inc. Call +1 555 0100' });
    expect(phishing).not.toContain('suspended');
    expect(phishing).not.toContain('555 0100');
    expect(phishing).not.toContain('role="alert"');

    const real = await renderChannels({ error: 'state_foreign' });
    expect(real).toContain('role="alert"');
    expect(real).toContain('This connection was started in another workspace or by another user.');
    expect(await renderChannels({ connected: channel.id })).toContain('Connected own.shop.');
  });

  it('a callback with a forged state redirects with a code, not a sentence', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const other = await createWorkspaceWithOwner();
    await signInAs(owner.id, workspace.id);
    const forged = createOAuthState({ workspaceId: other.workspace.id, userId: other.owner.id, type: 'instagram' });
    const response = await instagramCallback(new NextRequest(`http://localhost:3000/api/channels/instagram/callback?code=abc&state=${encodeURIComponent(forged)}`));
    const location = new URL(response.headers.get('location')!);
    expect(location.pathname).toBe('/channels');
    expect(Object.fromEntries(location.searchParams)).toEqual({ error: 'state_foreign' });
  });
});
