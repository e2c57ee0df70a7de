// npm run demo:conversations [-- --url http://localhost:3000]
// Against a running dev server (`npm run dev`), plays customers on every simulated channel and
// posts signed webhooks covering each bubble kind of the thread view: text, image, video, audio,
// voice note, document, story mention, story reply, reaction, unsupported, an echo from the
// native app, a comment, location, contacts, button reply and postback. Development tool.
//
// Media files are put into the Meta simulator's store (the dev database, found like `npm run
// dev` finds it: DATABASE_URL or .data/postgres.port) so the app can download them.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const PDF_BASE64 = Buffer.from(
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');
// Not a playable movie: a few bytes labelled video/mp4, enough to show the player and download path.
const MP4_BASE64 = Buffer.from('\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom').toString('base64');

function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const portFile = '.data/postgres.port';
  if (!existsSync(portFile)) throw new Error('No DATABASE_URL and no .data/postgres.port: start `npm run dev` first (in this checkout).');
  return `postgres://postgres:postgres@localhost:${readFileSync(portFile, 'utf8').trim()}/relaydesk`;
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  const appUrl = (values.url ?? process.env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  if (existsSync('.env')) process.loadEnvFile('.env');
  process.env.DATABASE_URL = databaseUrl();
  process.env.APP_URL = appUrl;
  const { applyDevSecrets } = await import('../lib/devtools/dev-secrets');
  const { applyMetaSimulatorDefaults } = await import('../lib/devtools/meta-simulator-defaults');
  await applyDevSecrets();
  applyMetaSimulatorDefaults(appUrl);

  const { deliverWebhook } = await import('../lib/meta-simulator/deliver-webhook');
  const payloads = await import('../lib/meta-simulator/build-webhook-payloads');
  const { createSimMedia } = await import('../lib/meta-simulator/sim-media');
  const { SAMPLE_MEDIA } = await import('../lib/meta-simulator/sample-media');
  const { ensureSimulatorSeeded, simCdnUrl } = await import('../lib/meta-simulator/ensure-simulator-seeded');
  const { SIM } = await import('../lib/meta-simulator/simulator-ids');
  const { disconnectDb } = await import('../lib/db');
  await ensureSimulatorSeeded();

  const ig = SIM.instagram.id;
  const customer = SIM.customers.instagram.id;
  const start = Date.now() - 60_000;
  let tick = 0;
  const nextMs = () => start + ++tick * 2000;
  const igItem = (item: Record<string, unknown>, fromBusiness = false) => {
    const timestamp = nextMs();
    return {
      object: 'instagram',
      entry: [{ id: ig, time: timestamp, messaging: [{ sender: { id: fromBusiness ? ig : customer }, recipient: { id: fromBusiness ? customer : ig }, timestamp, ...item }] }],
    };
  };
  const mid = () => payloads.newInstagramMid(ig);
  const cdn = async (file: { base64: string; mimeType: string }) => simCdnUrl((await createSimMedia(file)).id);
  const igAttachment = async (type: string, file: { base64: string; mimeType: string }) => igItem({ message: { mid: mid(), attachments: [{ type, payload: { url: await cdn(file) } }] } });

  const firstMid = mid();
  const wa = { wabaId: SIM.waba.id, phoneNumberId: SIM.phone.id, displayPhoneNumber: SIM.phone.display, from: SIM.customers.whatsapp.id, name: SIM.customers.whatsapp.name };
  const waMessage = (type: string, content: unknown) => {
    const body = payloads.buildWhatsAppText({ ...wa, body: 'x' }) as unknown as { entry: { changes: { value: { messages: Record<string, unknown>[] } }[] }[] };
    const message = body.entry[0]!.changes[0]!.value.messages[0]!;
    delete message.text;
    message.type = type;
    message[type] = content;
    return body;
  };
  const waPdf = await createSimMedia({ base64: PDF_BASE64, mimeType: 'application/pdf' });
  const waVoice = await createSimMedia(SAMPLE_MEDIA.voice);

  const steps: [string, unknown][] = [
    ['IG text', igItem({ message: { mid: firstMid, text: 'Hi! Do you still have the blue jacket in size M?' } })],
    ['IG image', await igAttachment('image', SAMPLE_MEDIA.image)],
    ['IG video', await igAttachment('video', { base64: MP4_BASE64, mimeType: 'video/mp4' })],
    ['IG audio', await igAttachment('audio', SAMPLE_MEDIA.voice)],
    ['IG document', await igAttachment('file', { base64: PDF_BASE64, mimeType: 'application/pdf' })],
    ['IG story mention', await igAttachment('story_mention', SAMPLE_MEDIA.image)],
    ['IG story reply', igItem({ message: { mid: mid(), text: 'Love this look 😍', reply_to: { story: { id: '18000000000000777', url: await cdn(SAMPLE_MEDIA.image) } } } })],
    ['IG reaction', igItem({ reaction: { mid: firstMid, action: 'react', reaction: 'love', emoji: '❤️' } })],
    ['IG unsupported', igItem({ message: { mid: mid(), is_unsupported: true } })],
    ['IG echo (native app)', igItem({ message: { mid: mid(), is_echo: true, text: 'Yes we do! Sent from my phone 📱' } }, true)],
    ['IG comment', payloads.buildInstagramComment({ igAccountId: ig, from: { id: customer, username: SIM.customers.instagram.username }, text: 'How much is shipping to Lisbon?' })],
    ['WhatsApp text', payloads.buildWhatsAppText({ ...wa, body: 'Hello, is my order on its way?' })],
    ['WhatsApp voice note', payloads.buildWhatsAppVoice({ ...wa, mediaId: waVoice.id, sha256: waVoice.sha256 })],
    ['WhatsApp document', waMessage('document', { filename: 'invoice-1042.pdf', mime_type: 'application/pdf', sha256: waPdf.sha256, id: waPdf.id })],
    ['WhatsApp location', waMessage('location', { latitude: 38.7223, longitude: -9.1393, name: 'Demo Shop Lisbon', address: 'Rua Augusta 1, Lisboa' })],
    ['WhatsApp contacts', waMessage('contacts', [{ name: { formatted_name: 'Rui Courier', first_name: 'Rui' }, phones: [{ phone: '+351 912 345 678', type: 'CELL' }] }])],
    ['WhatsApp button reply', waMessage('interactive', { type: 'button_reply', button_reply: { id: 'track', title: 'Track my order' } })],
    ['Messenger text', payloads.buildMessengerText({ pageId: SIM.page.id, psid: SIM.customers.messenger.id, text: 'Are you open on Sunday?' })],
  ];
  const postbackMs = nextMs();
  steps.push(['Messenger postback', {
    object: 'page',
    entry: [{ id: SIM.page.id, time: postbackMs, messaging: [{ sender: { id: SIM.customers.messenger.id }, recipient: { id: SIM.page.id }, timestamp: postbackMs, postback: { mid: payloads.newMessengerMid(), title: 'Opening hours', payload: 'HOURS' } }] }],
  }]);

  let failed = 0;
  for (const [label, payload] of steps) {
    const result = await deliverWebhook(payload, { appUrl });
    const ok = result.status >= 200 && result.status < 300;
    if (!ok) failed++;
    console.log(`${ok ? '✓' : '✗'} ${label.padEnd(24)} → ${result.status || 'unreachable'}${ok ? '' : ` ${result.body.slice(0, 200)}`}`);
    // One at a time, in order: the thread sorts by the payload timestamps anyway.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await disconnectDb();
  console.log(failed ? `${failed} webhook(s) were refused.` : `Sent ${steps.length} webhooks. Open ${appUrl}/inbox (media downloads finish within a few seconds).`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(`demo:conversations failed: ${error.message}`);
  process.exit(1);
});
