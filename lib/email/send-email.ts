// PLACEHOLDER for the `team` branch only: the real implementation (templates, Resend / dev
// mailbox, email log) comes from the email branch and replaces this file at merge.
export type EmailTemplateProps = {
  invite: { inviterName: string; workspaceName: string; role: string; url: string; expiresInHours: number };
};

export type SendEmailOptions = {
  [T in keyof EmailTemplateProps]: { to: string; template: T; props: EmailTemplateProps[T] };
}[keyof EmailTemplateProps];

export async function sendEmail(options: SendEmailOptions): Promise<void> {
  void options;
}
