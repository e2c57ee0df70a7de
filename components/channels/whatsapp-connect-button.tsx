'use client';
// WhatsApp Embedded Signup. With Meta's JS SDK on the page (window.FB and a configuration id)
// the popup flow runs and its `message` event supplies waba_id + phone_number_id, which we post
// with the code to our callback. Without it (simulator, offline, SDK blocked) we fall back to the
// redirect flow, whose callback receives the same three values as query parameters.
import { useState } from 'react';

type FbLoginResponse = { authResponse?: { code?: string } | null };
type Fb = { login(callback: (response: FbLoginResponse) => void, options: Record<string, unknown>): void };

export function WhatsAppConnectButton({ state, configId, className }: { state: string; configId?: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  const fallbackHref = '/api/channels/whatsapp/connect';

  function start() {
    const fb = (window as unknown as { FB?: Fb }).FB;
    if (!fb || !configId) {
      // A route handler that redirects to Meta's dialog, not a Next page: a full navigation.
      window.location.assign(new URL(fallbackHref, window.location.origin).toString());
      return;
    }
    setBusy(true);
    let ids: { waba_id?: string; phone_number_id?: string } = {};
    const onMessage = (event: MessageEvent) => {
      if (!/facebook\.com$/.test(new URL(event.origin).hostname)) return;
      try {
        const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
        if (data?.type === 'WA_EMBEDDED_SIGNUP' && data.event === 'FINISH') ids = data.data ?? {};
      } catch {
        // other messages from facebook.com frames are not ours
      }
    };
    window.addEventListener('message', onMessage);
    fb.login(
      (response) => {
        window.removeEventListener('message', onMessage);
        const code = response.authResponse?.code;
        if (!code) {
          setBusy(false);
          return;
        }
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = '/api/channels/whatsapp/callback';
        for (const [name, value] of Object.entries({ code, state, waba_id: ids.waba_id ?? '', phone_number_id: ids.phone_number_id ?? '' })) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      { config_id: configId, response_type: 'code', override_default_response_type: true, extras: { setup: {}, featureType: 'whatsapp_embedded_signup', sessionInfoVersion: '3' } },
    );
  }

  return (
    <button type="button" onClick={start} disabled={busy} className={className}>
      {busy ? 'Waiting for WhatsApp…' : 'Connect WhatsApp'}
    </button>
  );
}
