/**
 * Five shades for counts of events, light to dark: ColorBrewer's YlGnBu, sequential and safe for the
 * common kinds of colour blindness (colorbrewer2.org marks it so), each step distinct in lightness.
 */
export const SHADES = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const

/** A class of counts and its shade, for the legend: "2–4 events". */
export type CountClass = { from: number; to: number; shade: string }

/**
 * Classes of counts from 1 to the largest, each about as many times larger than the last (counts run
 * from 1 to tens of thousands in an ACLED file: equal steps would put every country but one in the
 * first shade). Fewer classes where the counts are few: 1 to 3 needs three, not five.
 */
export function countClasses(largest: number): CountClass[] {
  if (largest < 1) return []
  const classes: CountClass[] = []
  const steps = Math.min(SHADES.length, largest)
  let from = 1
  for (let step = 1; step <= steps; step++) {
    const to = step === steps ? largest : Math.max(from, Math.round(largest ** (step / steps)))
    if (to < from) continue
    classes.push({ from, to, shade: SHADES[classes.length] as string })
    from = to + 1
    if (from > largest) break
  }
  return classes
}

/** The shade of a count among these classes; null for none. */
export function shadeOf(count: number, classes: readonly CountClass[]): string | null {
  if (count < 1) return null
  for (const range of classes) if (count <= range.to) return range.shade
  return classes.at(-1)?.shade ?? null
}
