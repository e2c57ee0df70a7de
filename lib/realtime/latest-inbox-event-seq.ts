// The newest inbox event of a workspace at the moment a page is rendered. The page hands it to
// its stream as the starting point, so an event recorded between the render and the browser's
// EventSource connecting is replayed instead of lost (a fresh stream starts after "now").
import { db } from '../db';

export async function latestInboxEventSeq(workspaceId: string): Promise<number> {
  const newest = await db.inboxEvent.findFirst({ where: { workspaceId }, orderBy: { seq: 'desc' }, select: { seq: true } });
  return Number(newest?.seq ?? 0);
}
