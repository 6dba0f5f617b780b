import { toSvg } from 'html-to-image'
import { composeSvg, type ImageCaption, type ImageLook, type Wrap } from './compose-svg'

// html-to-image copies each element of the drawing with its computed style into an SVG foreignObject:
// no canvas of the page is read, nothing is fetched (fonts are the system's: skipFonts), and the
// result is a data: image, which the page's Content-Security-Policy allows (img-src 'self' data:).

/** The look of the page now: the panel's background and ink, the page's font. */
function lookOf(frame: HTMLElement): ImageLook {
  const root = getComputedStyle(document.documentElement)
  const panel = getComputedStyle(frame.closest('.panel') ?? frame)
  return {
    background: panel.backgroundColor || '#ffffff',
    ink: root.getPropertyValue('--ink').trim() || panel.color,
    muted: root.getPropertyValue('--ink-muted').trim() || panel.color,
    fontFamily: getComputedStyle(document.body).fontFamily,
    direction: getComputedStyle(frame).direction === 'rtl' ? 'rtl' : 'ltr',
  }
}

/** Breaks a text into lines that fit a width, at spaces (a word wider than the line, by characters). */
function wrapper(): Wrap {
  const context = document.createElement('canvas').getContext('2d')
  return (text, font, width) => {
    if (!context) return [text]
    context.font = font
    const fits = (line: string) => context.measureText(line).width <= width
    const lines: string[] = []
    let line = ''
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const longer = line ? `${line} ${word}` : word
      if (fits(longer)) {
        line = longer
        continue
      }
      if (line) lines.push(line)
      line = word
      // A word wider than the line alone: broken where it must be.
      while (!fits(line) && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
      }
    }
    if (line) lines.push(line)
    return lines
  }
}

/** Tooltips and the focus ring are the pointer's and the keyboard's, not the view's. */
const drawn = (node: HTMLElement) => !(node.classList?.contains('vis-tooltip') ?? false)

/** The timeline as it is on screen, with its caption, as one SVG document. */
export async function timelineSvg(
  frame: HTMLElement,
  caption: ImageCaption,
): Promise<{ svg: string; width: number; height: number }> {
  const width = frame.clientWidth
  const height = frame.clientHeight
  const look = lookOf(frame)
  const url = await toSvg(frame, {
    skipFonts: true,
    backgroundColor: look.background,
    width,
    height,
    filter: drawn,
  })
  const inner = decodeURIComponent(url.slice(url.indexOf(',') + 1))
  return composeSvg({ timelineSvg: inner, width, height, caption, look, wrap: wrapper() })
}

/** The same drawn into a PNG, at twice its size for sharp text on a page or a slide. */
export async function timelinePng(frame: HTMLElement, caption: ImageCaption): Promise<Blob> {
  const { svg, width, height } = await timelineSvg(frame, caption)
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const scale = 2
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('this browser cannot draw an image here')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image was too large to make'))),
      'image/png',
    ),
  )
}
