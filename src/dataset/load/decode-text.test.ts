import { expect, test } from 'vitest'
import { blobText, decodeText } from './decode-text'

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
  expect(await blobText(new Blob([utf16(text, true)]))).toBe(text)
})
