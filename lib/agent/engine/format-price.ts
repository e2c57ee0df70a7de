// Prices as the customer reads them, in the product's own currency and the reply language
// ("49,00 €" in German, "€49.00" in English), from the integer minor units stored in settings.
import { currencyDecimals, type Product } from '../agent-settings.schema';

export function formatPrice(product: Pick<Product, 'priceMinor' | 'currency'>, languageTag: string): string {
  const decimals = currencyDecimals(product.currency);
  const amount = product.priceMinor / 10 ** decimals;
  try {
    return new Intl.NumberFormat(languageTag, { style: 'currency', currency: product.currency }).format(amount);
  } catch {
    return `${amount.toFixed(decimals)} ${product.currency}`;
  }
}
