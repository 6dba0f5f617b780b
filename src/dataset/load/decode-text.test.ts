import { expect, test } from 'vitest'
import { blobText, decodeBytes, decodeText } from './decode-text'

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let index = 0; index < text.length; index += 1)
    view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian)
  return bytes.buffer
}

test('UTF-16 text with its byte-order mark is read as UTF-16, either way round; else UTF-8', async () => {
  const text = '{"title": "Séoul – كيم"}'
  expect(decodeText(utf16(text, true))).toBe(text)
  expect(decodeText(utf16(text, false))).toBe(text)
  expect(decodeText(new TextEncoder().encode(`\uFEFF${text}`).buffer)).toBe(text)
  expect((await blobText(new Blob([utf16(text, true)]))).text).toBe(text)
})

// "Côte d'Ivoire;São Paulo;Zürich – 5 €" as Excel on Windows saves it (Windows-1252).
const WINDOWS_1252 = new Uint8Array([
  0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x27, 0x49, 0x76, 0x6f, 0x69, 0x72, 0x65, 0x3b, 0x53, 0xe3, 0x6f, 0x20,
  0x50, 0x61, 0x75, 0x6c, 0x6f, 0x3b, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
])

test('bytes that are not UTF-8 are read as Windows-1252, and said so; UTF-8 stays UTF-8', () => {
  expect(decodeBytes(WINDOWS_1252)).toEqual({
    text: "Côte d'Ivoire;São Paulo;Zürich – 5 €",
    encoding: 'windows-1252',
  })
  const utf8 = new TextEncoder().encode("Côte d'Ivoire;São Paulo")
  expect(decodeBytes(utf8)).toEqual({ text: "Côte d'Ivoire;São Paulo" })
  // A UTF-8 file with one damaged byte among its letters stays UTF-8, the byte a "�".
  const damaged = new Uint8Array([...utf8, 0xff, ...new TextEncoder().encode(';Zürich')])
  expect(decodeBytes(damaged)).toEqual({ text: "Côte d'Ivoire;São Paulo\ufffd;Zürich" })
  // The start of a longer file may end inside a UTF-8 character: that is not a sign of Windows-1252.
  expect(decodeBytes(utf8.subarray(0, 2), true)).toEqual({ text: 'C' })
})
