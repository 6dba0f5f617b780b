/**
 * A count with thousands separators, as English writes it ("12,345"). Written out rather than
 * toLocaleString('en'), for the same text: see docs/decisions/no-intl-on-first-view.md.
 */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * A count short enough for a narrow bar: "950", "1.4k", "12k", "1.2M" (rounded down, so a bar never
 * claims more than it holds). Cut to fit, "1,432" read as "1,4".
 */
export function formatShortCount(count: number): string {
  const whole = Math.trunc(count)
  if (whole < 1000) return String(whole)
  const [unit, suffix] = whole < 1_000_000 ? [1000, 'k'] : [1_000_000, 'M']
  // One decimal below 10 units ("1.4k"), none above ("14k"); in whole tenths, so no rounding error
  // can lift 4,100 to 4.1 or drop it to 4.0.
  const shown = whole < 10 * unit ? Math.floor(whole / (unit / 10)) / 10 : Math.floor(whole / unit)
  return `${shown}${suffix}`
}

/**
 * Any number a dataset gives ("fatalities", "tone"), as English writes it: "12,345", "-3.47". Up to
 * three decimals, trailing zeros dropped; a number too large or small for that in JavaScript's form.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Math.abs(value) >= 1e21 || (value !== 0 && Math.abs(value) < 0.001)) return String(value)
  const [whole = '0', fraction] = value
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.')
  const sign = whole.startsWith('-') ? '-' : ''
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const shown = `${sign}${digits}${fraction ? `.${fraction}` : ''}`
  return shown === '-0' ? '0' : shown
}
