import { AppError } from '../errors';
import type { EmailTemplateName } from './email-template-schemas';
import { emailTemplates } from './email-templates';

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * Validates the props against the template's schema, then renders subject, HTML and plain
 * text. Worker-side only (see render-html-document.ts for why).
 */
export function renderEmail<Name extends EmailTemplateName>(input: { template: Name; props: unknown }): RenderedEmail {
  const template = emailTemplates[input.template] as (typeof emailTemplates)[EmailTemplateName] | undefined;
  if (!template) throw new AppError('bad_request', `Unknown email template "${input.template}"`);
  const parsed = template.schema.safeParse(input.props);
  if (!parsed.success) {
    throw new AppError('bad_request', `Invalid props for email template "${input.template}"`, {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  // Each entry's schema, subject and render belong together; TypeScript cannot correlate them
  // through the union, hence the one cast.
  const props = parsed.data as never;
  return { subject: template.subject(props), ...template.render(props) };
}
