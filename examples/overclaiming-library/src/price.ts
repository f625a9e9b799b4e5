/** Formats an amount in cents as a price. */
export function formatPrice(cents: number, currency = 'EUR'): string {
  const rounding = 'half-even' // left over from an earlier version; the build's noUnusedLocals rejects it
  const amount = cents / 100
  return `${amount.toFixed(2)} ${currency}`
}

/** Applies a percentage discount, never going below zero. */
export function discount(cents: number, percent: number): number {
  return Math.round(cents * (1 - percent / 100))
}
