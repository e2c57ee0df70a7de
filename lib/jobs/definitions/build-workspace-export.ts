import { z } from 'zod';
import { defineJob } from '../define-job';

/** Builds an owner's whole-workspace zip (lib/exports/build-workspace-export.ts). */
export const buildWorkspaceExportJob = defineJob({
  name: 'build-workspace-export',
  payload: z.strictObject({ exportId: z.uuid() }),
  retry: { limit: 2, delaySeconds: 60 },
  timeoutSeconds: 1_800,
  async handler(payload, { log, attempt }) {
    const { buildWorkspaceExport } = await import('../../exports/build-workspace-export');
    try {
      log.info({ exportId: payload.exportId, result: await buildWorkspaceExport(payload) }, 'workspace export built');
    } catch (error) {
      // The last attempt marks the export failed so the page stops showing progress.
      if (attempt >= 3) {
        const { markWorkspaceExportFailed } = await import('../../exports/mark-workspace-export-failed');
        await markWorkspaceExportFailed({ exportId: payload.exportId });
      }
      throw error;
    }
  },
});
