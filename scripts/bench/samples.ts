/** One timing, or why there is none. */
export type Sample = number | 'timeout' | 'error'

/** One step at one size: the app's samples and, where it has the step, the bare page's. */
export type Row = { size: string; metric: string; app: Sample[]; bare?: Sample[] }

export type Rows = Map<string, Row>

/** Records the app's sample for a step. */
export function recordApp(rows: Rows, size: string, metric: string, sample: Sample): void {
  const key = `${size}|${metric}`
  const row = rows.get(key) ?? { size, metric, app: [] }
  row.app.push(sample)
  rows.set(key, row)
}

/** Records the bare page's sample for a step the app has measured. */
export function recordBare(rows: Rows, size: string, metric: string, sample: Sample): void {
  const row = rows.get(`${size}|${metric}`)
  if (!row) return
  row.bare ??= []
  row.bare.push(sample)
}

/** page.evaluate waits for ever; a bare page at 100,000 items can take minutes for one step. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('Timeout')), ms)),
  ])
}
