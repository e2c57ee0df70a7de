// Child process for tests/integration/webhook-intake-atomic.test.ts: receives signed-shape
// deliveries through the real intake, 16 at a time, until it is SIGKILLed. Env: DATABASE_URL,
// INGEST_ACCOUNT (an Instagram account id with a channel).
import { receiveDelivery } from '../../lib/meta/webhooks/receive-delivery';

const account = process.env.INGEST_ACCOUNT!;
let n = 0;
const body = (i: number) =>
  JSON.stringify({
    object: 'instagram',
    entry: Array.from({ length: 1 + (i % 4) }, (_, k) => ({
      id: account,
      time: 1,
      messaging: [{ sender: { id: `77${i}` }, recipient: { id: account }, timestamp: 1735689600000, message: { mid: `mid-kill-${process.pid}-${i}-${k}`, text: 'x' } }],
    })),
  });

async function loop() {
  // A failed delivery (e.g. pool exhausted) is what Meta would retry; keep going.
  for (;;) await receiveDelivery({ body: body(n++) }).catch(() => {});
}
await Promise.all(Array.from({ length: 16 }, loop));
