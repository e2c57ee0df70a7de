// Meta's error envelope (meta-platform.md §h): {error:{message,type,code,error_subcode,fbtrace_id}}.
import { randomBytes } from 'node:crypto';

export class SimGraphError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    message: string,
    readonly subcode?: number,
    readonly type = 'OAuthException',
  ) {
    super(message);
  }

  toResponse(): Response {
    return Response.json(
      { error: { message: this.message, type: this.type, code: this.code, ...(this.subcode ? { error_subcode: this.subcode } : {}), fbtrace_id: `A${randomBytes(10).toString('base64url')}` } },
      { status: this.httpStatus, headers: { 'cache-control': 'no-store' } },
    );
  }
}

export const simErrors = {
  invalidToken: () => new SimGraphError(401, 190, 'Invalid OAuth access token - Cannot parse access token'),
  expiredToken: () => new SimGraphError(401, 190, 'Error validating access token: Session has expired.', 463),
  missingToken: () => new SimGraphError(400, 2500, 'An active access token must be used to query information about the current user.'),
  unknownPath: (path: string) => new SimGraphError(400, 100, `Unsupported request - method type or path not supported by the simulator: ${path}`, 33, 'GraphMethodException'),
  noObject: (id: string) => new SimGraphError(400, 100, `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 33, 'GraphMethodException'),
  param: (message: string) => new SimGraphError(400, 100, `(#100) ${message}`, undefined, 'OAuthException'),
  permission: (message = 'Permissions error') => new SimGraphError(403, 200, `(#200) ${message}`),
  rateLimited: () => new SimGraphError(400, 4, '(#4) Application request limit reached'),
};
