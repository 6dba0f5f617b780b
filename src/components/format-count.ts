/**
 * A count with thousands separators, as English writes it ("12,345"). Written out rather than
 * toLocaleString('en'): the page's first number formatter loads locale data (~10-20 ms here) while the
 * first view is drawn, for the same text.
 */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
