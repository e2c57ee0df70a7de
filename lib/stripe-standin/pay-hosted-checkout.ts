// The hosted checkout page's "Subscribe" is a plain form POST answered with a 303, as on
// checkout.stripe.com: the browser then loads the app's success URL as a full page (a server
// action's same-origin redirect would be a client-side navigation Stripe never does).
import { isAppError } from '../errors';
import { completeStandInCheckout } from './complete-standin-checkout';
import { payCheckoutSchema } from './standin-actions.schema';

export async function payHostedCheckout(request: Request, checkoutSessionId: string): Promise<Response> {
  const back = (message: string) => Response.redirect(new URL(`/dev/stripe/checkout/${encodeURIComponent(checkoutSessionId)}?error=${encodeURIComponent(message)}`, request.url), 303);
  const fields = Object.fromEntries([...(await request.formData().catch(() => new FormData())).entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
  const parsed = payCheckoutSchema.safeParse({ ...fields, checkoutSessionId });
  if (!parsed.success) return back(parsed.error.issues[0]?.message ?? 'Check the form.');
  try {
    const { redirectTo } = await completeStandInCheckout(parsed.data);
    return Response.redirect(redirectTo, 303);
  } catch (error) {
    if (isAppError(error)) return back(error.message);
    throw error;
  }
}
