import { z } from 'zod';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** Both fields are checkboxes: absent means off. */
export const notificationPreferencesSchema = z.strictObject({ notifyNewConversations: checkbox, notifyMentions: checkbox });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;
