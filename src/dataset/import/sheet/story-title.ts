import { TEXT_LIMITS } from '../../format/format-constants'
import type { ReadNote } from '../../notes/read-note'
import { shortened } from './long-texts'
import { titleFromFileName } from './title-from-file-name'

/**
 * A sheet's story title and description: TimelineJS's title slide's, else a title written above the
 * header (a workbook's merged title cell), else the file's name. A title or description past the
 * format's limits is shortened and said: a story has no summary to keep the rest in.
 */
export function storyTitle(
  slide: { title: string; text: string } | undefined,
  caption: string | undefined,
  file: string,
): { title: string; description: string; notes: ReadNote[] } {
  const notes: ReadNote[] = []
  const written = slide?.title || caption?.trim() || titleFromFileName(file)
  const title = shortened(written, TEXT_LIMITS.storyTitle)
  if (title !== written) notes.push({ code: 'longStoryTitle', limit: TEXT_LIMITS.storyTitle })
  const text = slide?.text ?? ''
  const description = shortened(text, TEXT_LIMITS.description)
  if (description !== text) notes.push({ code: 'longDescription', limit: TEXT_LIMITS.description })
  return { title, description, notes }
}
