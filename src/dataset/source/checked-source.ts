import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Dataset } from '../format/schema'
import { splitParagraphs } from '../validate/source-text'

/** A dataset's source text once its SHA-256 matches the dataset's, in paragraphs; or why it is not shown. */
export type CheckedSource = { ok: true; paragraphs: string[] } | { ok: false; reason: string }

const checked = new WeakMap<Dataset['source'], CheckedSource>()

/**
 * The source text a dataset carries, shown only if it is the text the dataset names: its SHA-256 must
 * be `sha256` (hashed here with @noble/hashes: crypto.subtle exists only in secure contexts, and is
 * asynchronous). Hashed once per dataset, when a paragraph is first opened. Null when there is none.
 */
export function checkedSource(source: Dataset['source']): CheckedSource | null {
  if (source.text === undefined) return null
  const known = checked.get(source)
  if (known) return known
  const digest = bytesToHex(sha256(utf8ToBytes(source.text)))
  const result: CheckedSource =
    digest === source.sha256
      ? { ok: true, paragraphs: splitParagraphs(source.text) }
      : {
          ok: false,
          reason:
            'The source text this dataset carries is not the one it names (its SHA-256 differs from source.sha256), so it is not shown.',
        }
  checked.set(source, result)
  return result
}
