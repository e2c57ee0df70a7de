// The public data deletion form (pages/data-deletion): a plain HTML form post, so it works
// without JavaScript. The chosen type's input is mapped onto the schema's single `identifier`;
// the other inputs are ignored.
import type { ActionResult } from '../actions/action-result';
import { runForm } from '../actions/run-form';
import { requestMetaOf } from '../http/request-meta-of';
import { type DeletionIdentifierType, dataDeletionRequestSchema, deletionIdentifierTypes, identifierFieldName } from './data-deletion-request.schema';
import { requestDataDeletion } from './request-data-deletion';

export type DataDeletionFormResult = ActionResult<{ confirmationCode: string }>;

export async function submitDataDeletionForm(fields: Record<string, string>, requestHeaders: Pick<Headers, 'get'>): Promise<DataDeletionFormResult> {
  const type = fields.identifierType;
  const known = type !== undefined && Object.hasOwn(deletionIdentifierTypes, type);
  const input = { identifierType: type, identifier: known ? fields[identifierFieldName(type as DeletionIdentifierType)] : undefined };
  return runForm(
    dataDeletionRequestSchema,
    input,
    async (values) => {
      const { confirmationCode } = await requestDataDeletion({ ...values, meta: requestMetaOf(requestHeaders) });
      return { ok: true, data: { confirmationCode }, message: 'We received your request.' };
    },
    requestHeaders,
  );
}
