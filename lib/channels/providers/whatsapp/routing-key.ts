// A WhatsApp unit is one entry×change, routed by the receiving number's phone_number_id
// (one WABA can hold several numbers, each its own channel; meta-platform.md §b).
export function whatsappRoutingKey(unit: unknown): string | null {
  const id = (unit as { change?: { value?: { metadata?: { phone_number_id?: unknown } } } } | null)?.change?.value?.metadata?.phone_number_id;
  return typeof id === 'string' && id ? id : null;
}
