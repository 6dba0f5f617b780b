/** The words printed above the timeline in an image: what it shows, and where it comes from. */
export type ImageCaption = {
  title: string
  /** Under the title, one line each: the window and filters, the source. */
  lines: string[]
}

/** The page's look at the moment of the image, so that a dark page makes a dark image. */
export type ImageLook = {
  background: string
  ink: string
  muted: string
  fontFamily: string
  /** The page's direction: right to left, the caption stands at the right and reads leftwards, as the timeline does. */
  direction?: 'ltr' | 'rtl'
}

const PADDING = 16
const TITLE_SIZE = 20
const LINE_SIZE = 13

/** Breaks a text into lines no wider than `width` in `font` (the caller measures). */
export type Wrap = (text: string, font: string, width: number) => string[]

// A title of three lines and each line of three at most: past that, the rest is cut with an ellipsis.
const MOST_TITLE_LINES = 3
const MOST_LINES_EACH = 3

/**
 * One SVG: the caption as real SVG text (editable, searchable), wrapped to the width, above the
 * timeline's own SVG (which holds the drawing as HTML in a foreignObject, as html-to-image makes it),
 * nested at its place. Every text is escaped: a title is never markup.
 */
export function composeSvg(input: {
  timelineSvg: string
  width: number
  height: number
  caption: ImageCaption
  look: ImageLook
  wrap: Wrap
}): { svg: string; width: number; height: number } {
  const { timelineSvg, width, height, caption, look, wrap } = input
  const titleFont = `600 ${TITLE_SIZE}px ${look.fontFamily}`
  const lineFont = `${LINE_SIZE}px ${look.fontFamily}`
  const rows = [
    ...capped(wrap(caption.title, titleFont, width), MOST_TITLE_LINES).map((text) => ({ text, title: true })),
    ...caption.lines.flatMap((line) =>
      capped(wrap(line, lineFont, width), MOST_LINES_EACH).map((text) => ({ text, title: false })),
    ),
  ]
  const family = escapeXml(look.fontFamily)
  // Right to left, each line starts at the right edge (text-anchor start is the right end in an rtl
  // text) and its words are ordered as an Arabic reader reads them.
  const rtl = look.direction === 'rtl'
  const placing = rtl ? `x="${PADDING + width}" direction="rtl"` : `x="${PADDING}"`
  let y = PADDING
  const texts = rows.map(({ text, title }, index) => {
    const size = title ? TITLE_SIZE : LINE_SIZE
    // A little more room between the title and the lines under it.
    const gap = index > 0 && !title && rows[index - 1]?.title ? 6 : 0
    y += gap + size * (title ? 1.25 : 1.5)
    const weight = title ? ' font-weight="600"' : ''
    const fill = escapeXml(title ? look.ink : look.muted)
    return `<text ${placing} y="${y.toFixed(1)}" font-family="${family}" font-size="${size}"${weight} fill="${fill}">${escapeXml(text)}</text>`
  })
  const top = y + 12
  const totalWidth = width + 2 * PADDING
  const totalHeight = Math.ceil(top + height + PADDING)
  // The timeline's SVG, placed below the caption: a nested <svg> keeps its own coordinates.
  const placed = timelineSvg.replace(/^<svg\b/, `<svg x="${PADDING}" y="${top.toFixed(1)}"`)
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(look.background)}"/>`,
    ...texts,
    placed,
    '</svg>',
  ].join('')
  return { svg, width: totalWidth, height: totalHeight }
}

function capped(lines: string[], most: number): string[] {
  if (lines.length <= most) return lines
  return [...lines.slice(0, most - 1), `${lines[most - 1] ?? ''}…`]
}

/** A file name from the story's title and the window's dates: `kim-and-putin-timeline-2023-06-28-2023-09-24.png`. */
export function imageFileName(
  title: string,
  window: { start: number; end: number },
  extension: string,
): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'story'
  const day = (ms: number) => {
    const iso = new Date(ms).toISOString()
    // Years before 0 or past 9999 come with a sign and six digits (-000500-03-01): still a file name.
    return iso.slice(0, iso.indexOf('T'))
  }
  return `${slug}-timeline-${day(window.start)}-${day(window.end)}.${extension}`
}

function escapeXml(value: string): string {
  return xmlCharacters(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

/** Without the characters XML 1.0 cannot hold (control characters but tab and line breaks, U+FFFE, U+FFFF). */
function xmlCharacters(value: string): string {
  let kept = ''
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d
    if (!control && code !== 0xfffe && code !== 0xffff) kept += character
  }
  return kept
}
