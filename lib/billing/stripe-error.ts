// Stripe API failures in words for the owner (never a 500): what happened, and that nothing was
// charged. Stripe's own message is passed on only where it is about the customer's input.
import Stripe from 'stripe';
import { AppError } from '../errors';
import { logger } from '../logger';

export function isStripeError(error: unknown): error is Stripe.errors.StripeError {
  return error instanceof Stripe.errors.StripeError;
}

export function billingErrorOf(error: unknown, doing: string): AppError {
  if (!isStripeError(error)) throw error;
  const nothingCharged = 'Nothing was charged.';
  switch (error.type) {
    case 'StripeConnectionError':
      return new AppError('unavailable', `We could not reach Stripe to ${doing}. ${nothingCharged} Try again in a minute.`);
    case 'StripeRateLimitError':
      return new AppError('rate_limited', `Stripe is busy right now and could not ${doing}. ${nothingCharged} Try again in a minute.`);
    case 'StripeCardError':
      return new AppError('bad_request', error.message || `Your card was declined. ${nothingCharged}`);
    case 'StripeAuthenticationError':
    case 'StripePermissionError':
      logger.error({ stripeType: error.type, requestId: error.requestId }, 'Stripe rejected our API key');
      return new AppError('unavailable', `Payments are misconfigured on our side, so we could not ${doing}. ${nothingCharged} We have been alerted.`);
    default:
      logger.error({ stripeType: error.type, code: error.code, requestId: error.requestId, message: error.message }, 'Stripe refused a request');
      return new AppError('unavailable', `Stripe could not ${doing} (${error.message || error.type}). ${nothingCharged} Try again, or contact us if it keeps happening.`);
  }
}

/** Runs a Stripe call and turns its failures into an AppError the page can show. */
export async function withStripe<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw billingErrorOf(error, doing);
  }
}
