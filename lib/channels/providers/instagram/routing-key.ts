// IG webhooks are routed by `entry.id`, the professional account's IG id (meta-platform.md §b).
export function instagramRoutingKey(unit: unknown): string | null {
  const id = (unit as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : null;
}
