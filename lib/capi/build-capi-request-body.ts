import type { HashedUserData } from './normalise-user-data';

export type CapiEventRow = { eventName: string; eventId: string; eventTime: Date; eventSourceUrl: string | null; clientUserAgent: string | null; userData: unknown };

/**
 * The POST /{pixel-id}/events body for one website event
 * (https://developers.facebook.com/docs/marketing-api/conversions-api/parameters).
 * Hashed identifiers are sent as one-element lists, the form Meta documents for em/ph/fn/ln.
 */
export function buildCapiRequestBody(event: CapiEventRow) {
  const hashed = (event.userData ?? {}) as HashedUserData;
  const user_data: Record<string, string | string[]> = {};
  for (const key of ['em', 'ph', 'fn', 'ln'] as const) if (hashed[key]) user_data[key] = [hashed[key]];
  if (event.clientUserAgent) user_data.client_user_agent = event.clientUserAgent;
  return {
    data: [{
      event_name: event.eventName,
      event_time: Math.floor(event.eventTime.getTime() / 1000),
      event_id: event.eventId,
      ...(event.eventSourceUrl ? { event_source_url: event.eventSourceUrl } : {}),
      action_source: 'website' as const,
      user_data,
    }],
  };
}
