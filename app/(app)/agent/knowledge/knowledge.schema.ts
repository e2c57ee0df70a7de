import { z } from 'zod';

/** Delete and Retry both name one file of the signed-in member's workspace. */
export const knowledgeFileFormSchema = z.strictObject({ fileId: z.uuid({ message: 'Unknown file.' }) });
