/** A link's text when the data names no outlet or caption: the site it goes to. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
