// In production (without DEV_TOOLS_IN_PRODUCTION) every simulator route and page is a 404.
import { beforeAll, describe, expect, it } from 'vitest';
import { stubProductionEnv } from '../support/production-env';

// This file's lib/env has not been read yet, so it picks these up on first use.
beforeAll(() => stubProductionEnv());

const expectNotFound = async (render: () => Promise<unknown>) => {
  await expect(render()).rejects.toMatchObject({ digest: expect.stringContaining('404') });
};

describe('Meta simulator in production', () => {
  it('answers 404 on every simulator route', async () => {
    const { GET, POST, DELETE } = await import('@/app/api/dev/meta/[...path]/route');
    const { SIMULATOR_APP_SECRET } = await import('@/lib/devtools/meta-simulator-defaults');
    const { issueSimToken } = await import('@/lib/meta-simulator/sim-tokens');
    const { token } = await issueSimToken({ type: 'page', subject: '100000000000001', accounts: [], expiresInSeconds: null });
    const base = 'http://localhost:3000/api/dev/meta';
    const responses = await Promise.all([
      GET(new Request(`${base}/graph/me`, { headers: { authorization: `Bearer ${token}` } })),
      GET(new Request(`${base}/graph/oauth/access_token?client_id=relaydesk-dev-app&client_secret=${SIMULATOR_APP_SECRET}&code=x`)),
      POST(new Request(`${base}/graph/106540352242922/messages`, { method: 'POST', body: '{}', headers: { authorization: `Bearer ${token}` } })),
      DELETE(new Request(`${base}/instagram-graph/me/subscribed_apps`, { method: 'DELETE' })),
      POST(new Request(`${base}/instagram-api/oauth/access_token`, { method: 'POST' })),
      GET(new Request(`${base}/media/1`)),
      GET(new Request(`${base}/cdn/sample-avatar`)),
      GET(new Request(`${base}/console`)),
    ]);
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(404));
  });

  it('renders no console or OAuth dialog page', async () => {
    const { default: ConsolePage } = await import('@/app/dev/meta/page');
    const { default: FacebookDialog } = await import('@/app/dev/meta/oauth/facebook/page');
    const { default: InstagramDialog } = await import('@/app/dev/meta/oauth/instagram/page');
    const searchParams = Promise.resolve({ client_id: 'relaydesk-dev-app', redirect_uri: 'http://localhost:3000/cb' });
    await expectNotFound(() => ConsolePage());
    await expectNotFound(() => FacebookDialog({ searchParams, params: Promise.resolve({}) }));
    await expectNotFound(() => InstagramDialog({ searchParams, params: Promise.resolve({}) }));
  });
});
