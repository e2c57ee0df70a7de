import { listSimCapiEvents } from './sim-capi-events';
import { listSimOutbound, listSimRequests } from './sim-capture';

/** What the /dev/meta console polls: the app's sends, Conversions API events and recent Graph calls, newest first. */
export async function getConsoleFeed() {
  const [outbound, requests, capiEvents] = await Promise.all([listSimOutbound({ take: 30 }), listSimRequests({ take: 30 }), listSimCapiEvents({ take: 20 })]);
  return { outbound, requests, capiEvents };
}
