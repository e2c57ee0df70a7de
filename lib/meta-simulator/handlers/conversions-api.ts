// graph.facebook.com POST /{pixel-id}/events – the Conversions API. Checks the shape Meta
// enforces (hashed identifiers, website events carry a user agent, event_time within 7 days)
// and records each accepted event for the /dev/meta console.
import { z } from 'zod';
import { recordSimCapiEvent } from '../sim-capi-events';
import { simErrors } from '../sim-graph-error';
import { graphJson, route, type SimHandler } from './sim-request';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase SHA-256 hex digest of the normalised value');
const hashedField = z.union([sha256, z.array(sha256).min(1)]).optional();
const ACTION_SOURCES = ['email', 'website', 'app', 'phone_call', 'chat', 'physical_store', 'system_generated', 'business_messaging', 'other'] as const;
const SEVEN_DAYS = 7 * 86_400;

const serverEventSchema = z
  .object({
    event_name: z.string().min(1),
    event_time: z.number().int(),
    event_id: z.string().min(1).optional(),
    event_source_url: z.url().optional(),
    action_source: z.enum(ACTION_SOURCES),
    user_data: z.object({ em: hashedField, ph: hashedField, fn: hashedField, ln: hashedField, client_user_agent: z.string().optional() }).passthrough(),
  })
  .passthrough()
  .superRefine((event, ctx) => {
    const now = Math.floor(Date.now() / 1000);
    if (event.event_time > now + 60) ctx.addIssue({ code: 'custom', path: ['event_time'], message: 'is in the future' });
    if (event.event_time < now - SEVEN_DAYS) ctx.addIssue({ code: 'custom', path: ['event_time'], message: 'is more than 7 days old' });
    if (event.action_source === 'website' && !event.user_data.client_user_agent) ctx.addIssue({ code: 'custom', path: ['user_data', 'client_user_agent'], message: 'is required for website events' });
  });
const bodySchema = z.object({ data: z.array(serverEventSchema).min(1).max(1000), test_event_code: z.string().optional() });

export const conversionsApiHandler: SimHandler = async (request) => {
  if (request.api !== 'graph') return null;
  const match = route(request, 'POST', ':id/events');
  if (!match) return null;
  const pixelId = match[0]!;
  if (!/^\d+$/.test(pixelId)) throw simErrors.noObject(pixelId);
  if (!request.token) throw simErrors.missingToken();
  // The real API takes `data` as a JSON string in form posts, or as an array in a JSON body.
  const data = typeof request.body.data === 'string' ? safeJson(request.body.data) : request.body.data;
  const parsed = bodySchema.safeParse({ ...request.body, data });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw simErrors.param(`Invalid parameter ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const event of parsed.data.data) await recordSimCapiEvent({ pixelId, event });
  return graphJson({ events_received: parsed.data.data.length, messages: [], fbtrace_id: `Asim${Date.now().toString(36)}` });
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
