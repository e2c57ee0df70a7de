// Messenger webhooks are routed by `entry.id`, the Page id (meta-platform.md §b).
export function messengerRoutingKey(unit: unknown): string | null {
  const id = (unit as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : null;
}
