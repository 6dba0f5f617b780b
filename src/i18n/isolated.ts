/**
 * Text from the story placed in a plain-text line of the interface's words (an image's caption, where
 * there is no `<bdi>`): wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so it takes its own
 * direction and its brackets and numbers stay with it ("(news article, 15 August 2023)" in Arabic).
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`
}
