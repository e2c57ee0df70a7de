/** Grace periods before erasure: the owner can change their mind until then. */
export const ACCOUNT_DELETION_GRACE_DAYS = 30;
export const WORKSPACE_CLOSURE_GRACE_DAYS = 30;
