// Global Privacy Control (https://privacycg.github.io/gpc-spec/): a browser-wide "do not sell
// or share". We read it as a rejection of advertising; analytics stays the visitor's choice.
import type { ConsentChoices } from './consent-cookie';

/** `Sec-GPC: 1` on a request. */
export function gpcFromHeaders(headers: Pick<Headers, 'get'>): boolean {
  return headers.get('sec-gpc')?.trim() === '1';
}

/** `navigator.globalPrivacyControl` in the browser (false on the server or when unsupported). */
export function gpcFromNavigator(nav: unknown = typeof navigator === 'undefined' ? undefined : navigator): boolean {
  return Boolean(nav && (nav as { globalPrivacyControl?: unknown }).globalPrivacyControl === true);
}

/** The choices with advertising forced off when the signal is present. */
export function applyGlobalPrivacyControl(choices: ConsentChoices, gpc: boolean): ConsentChoices {
  return gpc ? { ...choices, advertising: false } : choices;
}
