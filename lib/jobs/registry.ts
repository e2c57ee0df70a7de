// Every job the workers run. Adding a job = one file in definitions/ + one line here.
import type { JobDefinition } from './define-job';
import { agentReplyJob } from './definitions/agent-reply';
import { auditLogRetentionJob } from './definitions/audit-log-retention';
import { consentRecordRetentionJob } from './definitions/consent-record-retention';
import { autoHandBackJob } from './definitions/auto-hand-back';
import { completeSignUpJob } from './definitions/complete-sign-up';
import { deleteChannelDataJob } from './definitions/delete-channel-data';
import { downloadMediaJob } from './definitions/download-media';
import { fetchContactProfileJob } from './definitions/fetch-contact-profile';
import { indexKnowledgeFileJob } from './definitions/index-knowledge-file';
import { inboxEventRetentionJob } from './definitions/inbox-event-retention';
import { notificationDigestsJob } from './definitions/notification-digests';
import { processDataDeletionJob } from './definitions/process-data-deletion';
import { processStripeEventJob } from './definitions/process-stripe-event';
import { billingLifecycleJob } from './definitions/billing-lifecycle';
import { processWebhookEventJob } from './definitions/process-webhook-event';
import { rateLimitBucketRetentionJob } from './definitions/rate-limit-bucket-retention';
import { refreshChannelTokensJob } from './definitions/refresh-channel-tokens';
import { sendCapiEventJob } from './definitions/send-capi-event';
import { sendEmailJob } from './definitions/send-email';
import { sendMessageJob } from './definitions/send-message';
import { sendPasswordResetJob } from './definitions/send-password-reset';
import { syncWhatsAppTemplatesJob } from './definitions/sync-whatsapp-templates';
import { wakeSnoozedConversationsJob } from './definitions/wake-snoozed-conversations';
import { backfillMetaUserIdsJob } from './definitions/backfill-meta-user-ids';
import { buildWorkspaceExportJob } from './definitions/build-workspace-export';
import { checkDeletionProofJob } from './definitions/check-deletion-proof';
import { eraseClosedWorkspaceJob } from './definitions/erase-closed-workspace';
import { eraseUserAccountJob } from './definitions/erase-user-account';
import { privacyRetentionSweepJob } from './definitions/privacy-retention-sweep';

export const jobRegistry = [
  auditLogRetentionJob,
  sendEmailJob,
  processWebhookEventJob,
  fetchContactProfileJob,
  sendMessageJob,
  syncWhatsAppTemplatesJob,
  downloadMediaJob,
  deleteChannelDataJob,
  refreshChannelTokensJob,
  processDataDeletionJob,
  inboxEventRetentionJob,
  sendCapiEventJob,
  consentRecordRetentionJob,
  notificationDigestsJob,
  autoHandBackJob,
  wakeSnoozedConversationsJob,
  indexKnowledgeFileJob,
  agentReplyJob,
  processStripeEventJob,
  billingLifecycleJob,
  rateLimitBucketRetentionJob,
  completeSignUpJob,
  sendPasswordResetJob,
  checkDeletionProofJob,
  eraseUserAccountJob,
  eraseClosedWorkspaceJob,
  privacyRetentionSweepJob,
  backfillMetaUserIdsJob,
  buildWorkspaceExportJob,
] as const satisfies readonly JobDefinition[];

export type RegisteredJob = (typeof jobRegistry)[number];
export type JobName = RegisteredJob['name'];

export function getJobDefinition(name: string): JobDefinition | undefined {
  return jobRegistry.find((job) => job.name === name);
}
