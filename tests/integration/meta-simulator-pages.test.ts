// The simulator's pages render (server components + client components through SSR).
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import FacebookDialogPage from '@/app/dev/meta/oauth/facebook/page';
import InstagramDialogPage from '@/app/dev/meta/oauth/instagram/page';
import MetaSimulatorPage from '@/app/dev/meta/page';

const params = Promise.resolve({});

/**
 * The consent dialog is an async server component (it looks up which workspace owns each
 * simulated account); renderToString cannot await one, so resolve the page's element first.
 */
async function renderPage(page: Promise<ReactElement>): Promise<string> {
  const element = await page;
  const render = element.type as (props: unknown) => ReactElement | Promise<ReactElement>;
  return renderToString(typeof render === 'function' ? await render(element.props) : element);
}

describe('simulator pages', () => {
  it('renders the customer console with the simulated channels and the banner', async () => {
    const html = renderToString(await MetaSimulatorPage());
    expect(html).toContain('Development simulator — not Meta');
    expect(html).toContain('Instagram @demo.shop');
    expect(html).toContain('Messenger · Demo Shop Page');
    expect(html).toContain('WhatsApp +15550783881 (Demo Shop)');
    expect(html).toContain('Ana Test');
  });

  it('renders the Facebook consent screen, with WhatsApp numbers for Embedded Signup', async () => {
    const searchParams = Promise.resolve({ client_id: 'relaydesk-dev-app', redirect_uri: 'http://localhost:3000/cb', state: 's', scope: 'pages_messaging,pages_show_list' });
    const html = await renderPage(FacebookDialogPage({ searchParams, params }));
    expect(html).toContain('Relaydesk wants to…');
    expect(html).toContain('Manage and access Page conversations in Messenger');
    expect(html).toContain('Demo Shop Page');
    expect(html).toContain('error=access_denied&amp;error_reason=user_denied');

    const signup = Promise.resolve({ client_id: 'relaydesk-dev-app', redirect_uri: 'http://localhost:3000/cb', extras: '{"feature":"whatsapp_embedded_signup"}' });
    expect(await renderPage(FacebookDialogPage({ searchParams: signup, params }))).toContain('+15550783881');
  });

  it('explains an invalid Instagram dialog request instead of offering Continue', async () => {
    const searchParams = Promise.resolve({ client_id: 'someone-else', redirect_uri: 'http://localhost:3000/cb' });
    const html = await renderPage(InstagramDialogPage({ searchParams, params }));
    expect(html).toContain('This login link is not valid');
    expect(html).not.toContain('Continue');
  });
});
