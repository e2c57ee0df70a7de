'use client';
// Sends the browser's time zone with the form (sign-up, new workspace): the workspace's business
// hours start in the owner's zone instead of UTC. Empty on the server render and without JS; the
// server then uses UTC (lib/workspaces/time-zone.schema.ts).
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';

export function BrowserTimeZoneField() {
  const timeZone = useSyncExternalStore(subscribe, browserZone, () => '');
  return <input type="hidden" name="timeZone" value={timeZone} />;
}
