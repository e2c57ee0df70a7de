import type { NormalisedEvent } from '../../channel-provider';
import { normaliseMessagingEntry } from '../normalise-messaging';

/** A Messenger `entry` (object "page"): messages, echoes, postbacks, reactions, delivery/read. */
export function normaliseMessenger(unit: unknown, channel: { externalId: string }): NormalisedEvent {
  return normaliseMessagingEntry(unit, channel, { instagram: false });
}
