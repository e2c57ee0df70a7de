import type { ChannelType } from '../generated/prisma/enums';
import { env } from '../env';

/**
 * Instagram channels connect with Instagram Business Login, whose API lives on
 * graph.instagram.com; Messenger and WhatsApp use graph.facebook.com.
 */
export function graphBaseUrlFor(type: ChannelType): string {
  const config = env();
  return type === 'instagram' ? config.META_INSTAGRAM_GRAPH_BASE_URL : config.META_GRAPH_BASE_URL;
}
