// What an erasure removed, in counts: recorded in the audit log, shown on the deletion status
// page and in the notice to the workspace. Never names or texts.
export type ErasureCounts = {
  contacts: number;
  conversations: number;
  messages: number;
  files: number;
  webhookUnits: number;
};

export const emptyErasureCounts = (): ErasureCounts => ({ contacts: 0, conversations: 0, messages: 0, files: 0, webhookUnits: 0 });

export function addErasureCounts(a: ErasureCounts, b: Partial<ErasureCounts>): ErasureCounts {
  return {
    contacts: a.contacts + (b.contacts ?? 0),
    conversations: a.conversations + (b.conversations ?? 0),
    messages: a.messages + (b.messages ?? 0),
    files: a.files + (b.files ?? 0),
    webhookUnits: a.webhookUnits + (b.webhookUnits ?? 0),
  };
}
