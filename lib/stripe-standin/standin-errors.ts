// Stripe's error envelope: `{ error: { type, code, message, param, doc_url } }` with its HTTP
// status, so the SDK raises the same StripeError subclasses it would against Stripe.
export class StandInError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'invalid_request_error' | 'api_error' | 'card_error' | 'idempotency_error' | 'authentication_error',
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  body() {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code, doc_url: `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, '-')}` } : {}),
        ...(this.param ? { param: this.param } : {}),
      },
    };
  }
}

export const noSuch = (what: string, id: string, param = 'id') => new StandInError(404, 'invalid_request_error', `No such ${what}: '${id}'`, 'resource_missing', param);

export const missingParam = (param: string) => new StandInError(400, 'invalid_request_error', `Missing required param: ${param}.`, 'parameter_missing', param);

export const invalidParam = (param: string, message: string) => new StandInError(400, 'invalid_request_error', message, 'parameter_invalid_empty', param);
