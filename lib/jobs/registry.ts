// Every job the workers run. Adding a job = one file in definitions/ + one line here.
import type { JobDefinition } from './define-job';
import { auditLogRetentionJob } from './definitions/audit-log-retention';
import { fetchContactProfileJob } from './definitions/fetch-contact-profile';
import { processWebhookEventJob } from './definitions/process-webhook-event';
import { sendEmailJob } from './definitions/send-email';

export const jobRegistry = [auditLogRetentionJob, sendEmailJob, processWebhookEventJob, fetchContactProfileJob] as const satisfies readonly JobDefinition[];

export type RegisteredJob = (typeof jobRegistry)[number];
export type JobName = RegisteredJob['name'];

export function getJobDefinition(name: string): JobDefinition | undefined {
  return jobRegistry.find((job) => job.name === name);
}
