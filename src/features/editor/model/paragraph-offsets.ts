/** Where each paragraph (each non-empty line) starts in a document's text, in characters. */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = []
  for (const match of text.matchAll(/[^\r\n]+/g)) if (match[0].trim() !== '') starts.push(match.index)
  return starts
}
