/** Window event that reopens the consent banner; detail.returnFocusTo gets focus back on close. */
export const OPEN_CONSENT_EVENT = 'relaydesk:open-consent';
