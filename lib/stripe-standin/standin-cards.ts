// The test cards the hosted checkout and portal offer, named after Stripe's own test numbers.
export const standInCards = {
  ok: { number: '4242 4242 4242 4242', label: 'Visa •••• 4242 — payments succeed', last4: '4242' },
  fails_later: { number: '4000 0000 0000 0341', label: 'Visa •••• 0341 — attaches, later payments fail', last4: '0341' },
  declined: { number: '4000 0000 0000 0002', label: 'Visa •••• 0002 — declined at once', last4: '0002' },
} as const;

export type CardBehaviour = keyof typeof standInCards;
export const cardBehaviours = Object.keys(standInCards) as [CardBehaviour, ...CardBehaviour[]];
