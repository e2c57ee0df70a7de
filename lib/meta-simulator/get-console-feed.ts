import { listSimOutbound, listSimRequests } from './sim-capture';

/** What the /dev/meta console polls: the app's sends and its recent Graph calls, newest first. */
export async function getConsoleFeed() {
  const [outbound, requests] = await Promise.all([listSimOutbound({ take: 30 }), listSimRequests({ take: 30 })]);
  return { outbound, requests };
}
