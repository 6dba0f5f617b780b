import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { localDateLabel } from '../../components/local-date-label'
import type { StoryDate } from '../../dataset/dates/story-date'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  source: { id: 'print.source', defaultMessage: 'Source: <t>{title}</t>' },
  published: { id: 'print.published', defaultMessage: ', published {date}' },
  counts: {
    id: 'print.counts',
    defaultMessage:
      '{matching, number} of {all, plural, one {# event} other {# events}}{filtered, select, yes {: only {filters}} other {}}, in time order{cut, select, yes { (the first {printed, number} are printed)} other {}}. This view: {address}',
  },
  leftOut: {
    id: 'print.leftOut',
    defaultMessage:
      '{left, plural, one {# more matching event is not printed} other {# more matching events are not printed}}: a printout holds the first {printed, number}. Narrow them with the filters to print the rest.',
  },
  waiting: {
    id: 'print.waiting',
    defaultMessage:
      'The query engine has not answered yet, so no event is printed. Print with the page’s Print button: it waits for the answer.',
  },
})

/**
 * The top of a printout, whoever holds the story: its title and source, how many events match of how
 * many with the filters in words, and how many matching events are left out past the printout's cap;
 * the engine's problem, or that it has not answered yet.
 */
export function PrintedHeader({
  title,
  description,
  source,
  published,
  all,
  answer,
  filtersInWords,
  problem,
}: {
  title: string
  description?: string | undefined
  source: { title: string; url?: string | undefined }
  published?: StoryDate | undefined
  /** The story's number of events. */
  all: number
  /** How many match, and how many of them are printed: undefined until the answer comes. */
  answer: { matching: number; printed: number } | undefined
  filtersInWords: string
  problem: { error: Error | null; retry: () => void; retrying: boolean }
}) {
  const t = useT()
  return (
    <header>
      <h1 dir="auto">{title}</h1>
      {description && <p dir="auto">{description}</p>}
      <p className="printed-meta">
        {richText(messages.source, { title: source.title, t: (chunks) => <bdi>{chunks}</bdi> })}
        {source.url && <> ({source.url})</>}
        {published && t(messages.published, { date: localDateLabel(published) })}
      </p>
      {answer && (
        <p className="printed-meta">
          {t(messages.counts, {
            matching: answer.matching,
            all,
            filtered: filtersInWords ? 'yes' : 'no',
            filters: filtersInWords,
            cut: answer.printed < answer.matching ? 'yes' : 'no',
            printed: answer.printed,
            address: window.location.href,
          })}
        </p>
      )}
      {answer && answer.printed < answer.matching && (
        <p className="printed-meta printed-left-out">
          {t(messages.leftOut, { left: answer.matching - answer.printed, printed: answer.printed })}
        </p>
      )}
      <EngineProblem error={problem.error} onRetry={problem.retry} retrying={problem.retrying} />
      {!answer && !problem.error && <p className="printed-meta">{t(messages.waiting)}</p>}
    </header>
  )
}
