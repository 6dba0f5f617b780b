import type { Refusal } from '../read-refusal'

// What a zip file says it holds, read from its table of contents (the central directory) without
// unpacking anything: a workbook (.xlsx, .ods) is a zip, and so is anything else a person may open by
// mistake, a "zip bomb" among them (a few kilobytes that unpack to gigabytes).

export type ZipEntry = { name: string; packed: number; unpacked: number }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
/** The end record is in the last 22 bytes and the comment after it (at most 65,535). */
const END_SEARCH = 65_557
/** A 32-bit size of all ones: the real one is in a Zip64 field, and is large. */
const ZIP64_SIZE = 0xffffffff

/** The entries a zip's directory lists; null when the bytes hold no readable directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endRecord(view)
  if (end === -1) return null
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries: ZipEntry[] = []
  const decoder = new TextDecoder()
  for (let index = 0; index < count; index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return entries
    const packed = view.getUint32(at + 20, true)
    const unpacked = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const name = decoder.decode(bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength)))
    entries.push({
      name,
      packed,
      // A Zip64 size is past 4 GB: counted as such, which is all the checks below need.
      unpacked: unpacked === ZIP64_SIZE ? 2 ** 32 : unpacked,
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function endRecord(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - END_SEARCH)
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  return -1
}

/** Unpacked, a workbook of a million rows is some hundreds of megabytes; past this it is no workbook. */
export const MOST_UNPACKED_BYTES = 1024 ** 3
/** Text and XML pack to a tenth or a twentieth; a thousandth is made to be small. */
const MOST_PACKING_RATIO = 1000

/**
 * Why a zip is not read as a workbook, in words, or null when it may be one: it unpacks to more than a
 * workbook ever could (a zip bomb), or it holds none of a workbook's parts (Excel's, OpenDocument's).
 */
export function notAWorkbook(name: string, entries: readonly ZipEntry[]): Refusal | null {
  const unpacked = entries.reduce((sum, entry) => sum + entry.unpacked, 0)
  const packed = entries.reduce((sum, entry) => sum + entry.packed, 0)
  if (
    unpacked > MOST_UNPACKED_BYTES ||
    (unpacked > 100 * 1024 ** 2 && unpacked > packed * MOST_PACKING_RATIO)
  )
    return { code: 'zipBomb', file: name, unpacked, packed }
  const isWorkbook = entries.some(({ name: part }) =>
    /^(xl\/workbook\.xml|xl\/workbook\.bin|content\.xml|\[Content_Types\]\.xml)$/i.test(part),
  )
  if (isWorkbook) return null
  const listed = entries
    .filter((entry) => !entry.name.endsWith('/'))
    .slice(0, 5)
    .map((entry) => entry.name.slice(0, 60))
  return { code: 'zipNotWorkbook', file: name, entries: listed, count: entries.length }
}
