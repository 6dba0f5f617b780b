/** A name in lines of at most `perLine` characters, broken between words, at most two lines. */
export function nameLines(name: string, perLine: number): string[] {
  if (name.length <= perLine) return [name]
  const words = name.split(/\s+/)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= perLine || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  lines.push(line)
  const [first = '', second] = lines
  const cut = (text: string) => (text.length > perLine ? `${text.slice(0, perLine - 1).trimEnd()}…` : text)
  if (second === undefined) return [cut(first)]
  const rest = lines.slice(1).join(' ')
  return [cut(first), cut(rest)]
}
