/** What a Markdown file's front matter says of the article (as Hugo, Jekyll and CMS exports write it). */
export type FrontMatter = { title?: string; published?: string; url?: string; outlet?: string }

// A Map, not an object: a key such as "constructor" must find nothing.
const KEYS = new Map<string, keyof FrontMatter>([
  ['title', 'title'],
  ['date', 'published'],
  ['published', 'published'],
  ['publishdate', 'published'],
  ['pubdate', 'published'],
  ['url', 'url'],
  ['link', 'url'],
  ['canonical', 'url'],
  ['canonicalurl', 'url'],
  ['outlet', 'outlet'],
  ['publisher', 'outlet'],
  ['source', 'outlet'],
  ['site', 'outlet'],
])

/** The lines of front matter looked at, at most (it is a few lines of metadata). */
const MOST_LINES = 200

/**
 * Splits YAML front matter (between two lines of "---" at the very start) from the Markdown after it,
 * reading its simple "key: value" lines; anything else in it (lists, nested maps) is not needed and
 * left. Not a YAML parser: a handful of keys, one line each, read by splitting at the first colon.
 * At most MOST_LINES lines are looked at, each once.
 */
export function splitFrontMatter(markdown: string): { body: string; matter: FrontMatter } {
  const none = { body: markdown, matter: {} }
  const first = markdown.indexOf('\n')
  if (
    first === -1 ||
    markdown
      .slice(0, first)
      .replace(/^\ufeff/, '')
      .trim() !== '---'
  )
    return none
  const lines: string[] = []
  let at = first + 1
  for (let count = 0; count < MOST_LINES && at < markdown.length; count++) {
    const next = markdown.indexOf('\n', at)
    const line = markdown.slice(at, next === -1 ? markdown.length : next)
    at = next === -1 ? markdown.length : next + 1
    const trimmed = line.trim()
    if (trimmed === '---' || trimmed === '...') return { body: markdown.slice(at), matter: readLines(lines) }
    lines.push(line)
  }
  return none
}

function readLines(lines: string[]): FrontMatter {
  const matter: FrontMatter = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const key = KEYS.get(line.slice(0, colon).trim().toLowerCase())
    const value = unquote(line.slice(colon + 1).trim())
    if (key && value && matter[key] === undefined) matter[key] = value
  }
  return matter
}

function unquote(value: string): string {
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]
  return (quoted ? value.slice(1, -1) : value).trim()
}
