/**
 * A story's title from the name of the file (or the address) it came from, for a file that names no
 * title itself: "events.csv" and "/data/events.csv?x=1" are "events".
 */
export function titleFromFileName(name: string, fallback = 'Untitled story'): string {
  const base = (name.split(/[/\\]/).pop() ?? name).replace(/\?.*$/, '')
  return (
    base.replace(/\.(csv|tsv|tab|txt|xlsx|xlsm|xls|ods|json|geojson|jsonl|ndjson|ics|ical|srj)$/i, '') ||
    fallback
  )
}
