import type { Importer } from '../importer'
import type { NamedText } from '../named-text'
import { refused } from '../read-refusal'

// Files people open by mistake, recognised so that they are named for what they are rather than read
// as rows of markup or of a zip's bytes.

/** A saved or linked web page (an HTML document), which a CSV reader would read as rows of markup. */
export const webPage: Importer = {
  name: 'web page',
  recognise: (input) => (input.files.some(isWebPage) ? 1 : 0),
  read: (input) => refused({ code: 'savedWebPage', file: input.files.find(isWebPage)?.name ?? null }),
}

// A zip file's first bytes, as text: an Excel workbook (.xlsx) is a zip of XML files.
const ZIP_SIGNATURE = 'PK\u0003\u0004'
const isZipText = (file: NamedText) => file.bytes === undefined && file.text.startsWith(ZIP_SIGNATURE)

/** A workbook that came as text (pasted, or downloaded as text), which has lost its bytes. */
export const workbookAsText: Importer = {
  name: 'workbook as text',
  recognise: (input) => (input.files.some(isZipText) ? 1 : 0),
  read: (input) => refused({ code: 'workbookAsText', file: input.files.find(isZipText)?.name ?? null }),
}

function isWebPage(file: NamedText): boolean {
  return file.bytes === undefined && /^\s*(<!doctype html|<html[\s>])/i.test(file.text.slice(0, 200))
}
