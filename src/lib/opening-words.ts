/** A text's first six words (the whole of a shorter one), to tell apart buttons named by quotes. */
export function openingWords(text: string): string {
  const words = text.split(/\s+/)
  return words.length <= 6 ? text : `${words.slice(0, 6).join(' ')}…`
}
