/**
 * i18n/isolated.ts's isolation, written here: this page's code imports no value the first view holds
 * too (see engine-story-questions.ts), and the bundler would move that module into a chunk of its own.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`
}
