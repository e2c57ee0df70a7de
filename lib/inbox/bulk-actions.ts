// What the list's bulk toolbar can do, shared by the form, the action schema and the domain call.
export const BULK_MAX = 100;
export const bulkActions = ['close', 'reopen', 'assign', 'snooze', 'mark_read'] as const;
export type BulkAction = (typeof bulkActions)[number];
