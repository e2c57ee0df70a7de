// Inputs of the stand-in's hosted pages (checkout, portal) and its control panel.
import { z } from 'zod';
import { cardBehaviours } from './standin-cards';

const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9_]+$`), 'Unknown id.');

export const payCheckoutSchema = z.strictObject({
  checkoutSessionId: id('cs_test'),
  card: z.enum(cardBehaviours),
  name: z.string().trim().max(120).optional(),
  promotionCode: z.string().trim().max(40).optional(),
  taxId: z.string().trim().max(20).optional(),
});

export const portalChangePriceSchema = z.strictObject({ portalSessionId: id('bps'), priceId: id('price') });
export const portalCancelSchema = z.strictObject({ portalSessionId: id('bps'), cancel: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const portalCardSchema = z.strictObject({ portalSessionId: id('bps'), card: z.enum(cardBehaviours) });
export const subscriptionActionSchema = z.strictObject({ subscriptionId: id('sub') });
export const resendEventSchema = z.strictObject({ stripeEventId: id('evt') });
export const setCardSchema = z.strictObject({ stripeCustomerId: id('cus'), card: z.enum(cardBehaviours) });
export const setPriceSchema = z.strictObject({ subscriptionId: id('sub'), priceId: id('price') });
