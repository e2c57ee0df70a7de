export const consentCategories = ['necessary', 'analytics', 'advertising'] as const;
export type ConsentCategory = (typeof consentCategories)[number];

/** Visitor-facing names and explanations, shared by the banner and the Cookie Policy. */
export const consentCategoryInfo: Record<ConsentCategory, { label: string; description: string }> = {
  necessary: {
    label: 'Strictly necessary',
    description: 'Keep you signed in, protect forms and remember your cookie choice. Always on: the site cannot work without them.',
  },
  analytics: {
    label: 'Analytics',
    description: 'Count visits and show us how pages are used, so we can improve them.',
  },
  advertising: {
    label: 'Advertising',
    description: 'Measure our ads and affiliate referrals, and let ad platforms show you relevant ads elsewhere.',
  },
};
