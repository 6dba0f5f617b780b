import { CFB } from '@e965/xlsx'

/**
 * A workbook whose package list ([Content_Types].xml) SheetJS cannot read, rewritten so that it can.
 * Excel and Python's openpyxl find a workbook's parts without that list; SheetJS reads it first and
 * fails on an entry missing an attribute ("Cannot read properties of undefined (reading
 * 'toLowerCase')" for a Default without its Extension), or on no list at all. The list is made again
 * from its well-formed entries and the parts the zip holds. Null when the bytes are no zip.
 */

// SheetJS types its zip library (cfb.js) as any; these are the few of its functions used here, as
// cfb.js documents them.
type ZipEntry = { name: string; content: Uint8Array | number[]; size: number }
type ZipContainer = { FullPaths: string[]; FileIndex: ZipEntry[] }
type ZipLibrary = {
  read(data: Uint8Array, options: { type: 'array' }): ZipContainer
  find(container: ZipContainer, path: string): ZipEntry | null
  write(container: ZipContainer, options: { type: 'array'; fileType: 'zip' }): Uint8Array | number[]
  utils: { cfb_add(container: ZipContainer, path: string, content: Uint8Array): ZipEntry }
}
const zip: ZipLibrary = CFB

const CONTENT_TYPES = '[Content_Types].xml'
const MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml'
// The parts a workbook needs listed, by where they are in the zip.
const PARTS: ReadonlyArray<[RegExp, string]> = [
  [/^xl\/workbook\.xml$/, `${MAIN}.sheet.main+xml`],
  [/^xl\/worksheets\/[^/]+\.xml$/, `${MAIN}.worksheet+xml`],
  [/^xl\/sharedStrings\.xml$/, `${MAIN}.sharedStrings+xml`],
  [/^xl\/styles\.xml$/, `${MAIN}.styles+xml`],
]

export function withContentTypesRepaired(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null
  const container = zip.read(bytes, { type: 'array' })
  const root = container.FullPaths[0] ?? ''
  const paths = container.FullPaths.map((path) => path.slice(root.length)).filter(
    (path) => !path.endsWith('/'),
  )
  const listed = zip.find(container, CONTENT_TYPES)
  const old = listed ? new TextDecoder().decode(Uint8Array.from(listed.content)) : ''
  // Entries with both their attributes, as Excel writes them, and naming a part the zip holds; the
  // others are what SheetJS failed on (an entry without its Extension, a part listed but missing).
  const held = new Set(paths.map((path) => `PartName="/${path}"`))
  const kept = (old.match(/<(?:Default|Override)\b[^<>]*>/g) ?? []).filter((tag) => {
    if (!/\bContentType="[^"]+"/.test(tag)) return false
    if (/^<Default/.test(tag)) return /\bExtension="[^"]+"/.test(tag)
    const part = /\bPartName="[^"]+"/.exec(tag)?.[0]
    return part !== undefined && held.has(part)
  })
  const entries = kept.map((tag) => (tag.endsWith('/>') ? tag : `${tag.slice(0, -1)}/>`))
  const has = (text: string) => entries.some((tag) => tag.includes(text))
  if (!has('Extension="rels"'))
    entries.push(
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    )
  if (!has('Extension="xml"')) entries.push('<Default Extension="xml" ContentType="application/xml"/>')
  for (const path of paths) {
    const type = PARTS.find(([where]) => where.test(path))?.[1]
    if (type && !has(`PartName="/${path}"`))
      entries.push(`<Override PartName="/${path}" ContentType="${type}"/>`)
  }
  const text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${entries.join('')}</Types>`
  const content = new TextEncoder().encode(text)
  if (listed) {
    listed.content = content
    listed.size = content.length
  } else zip.utils.cfb_add(container, CONTENT_TYPES, content)
  const written = zip.write(container, { type: 'array', fileType: 'zip' })
  return written instanceof Uint8Array ? written : Uint8Array.from(written)
}
