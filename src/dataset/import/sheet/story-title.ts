import { formatCount } from '../../../lib/format-count'
import { TEXT_LIMITS } from '../../format/format-constants'
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
): { title: string; description: string; notes: string[] } {
  const notes: string[] = []
  const written = slide?.title || caption?.trim() || titleFromFileName(file)
  const title = shortened(written, TEXT_LIMITS.storyTitle)
  if (title !== written)
    notes.push(
      `The story’s title is longer than a title may be (${TEXT_LIMITS.storyTitle} characters): it was shortened to its first words.`,
    )
  const text = slide?.text ?? ''
  const description = shortened(text, TEXT_LIMITS.description)
  if (description !== text)
    notes.push(
      `The title slide’s text is longer than a story’s description may be (${formatCount(TEXT_LIMITS.description)} characters): the description is its first words.`,
    )
  return { title, description, notes }
}
