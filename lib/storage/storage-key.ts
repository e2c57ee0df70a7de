const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const keyPattern = new RegExp(`^${UUID}/${UUID}$`);

/** Keys are built from database ids only; anything else (`..`, slashes, user text) is refused. */
export function assertStorageKey(key: string): void {
  if (!keyPattern.test(key)) throw new Error('Invalid storage key');
}

export const mediaStorageKey = (workspaceId: string, mediaId: string) => {
  const key = `${workspaceId}/${mediaId}`;
  assertStorageKey(key);
  return key;
};
