import type { DayMonthOrder } from '../../../dataset/import/column-choice'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'

const messages = defineMessages({
  legend: { id: 'columns.dateOrder.legend', defaultMessage: 'Dates in “{column}” such as {example}' },
  dayFirst: { id: 'columns.dateOrder.dayFirst', defaultMessage: 'Day first (day {first}, month {second})' },
  monthFirst: {
    id: 'columns.dateOrder.monthFirst',
    defaultMessage: 'Month first (month {first}, day {second})',
  },
})

type DateOrderChoiceProps = {
  column: string
  /** One of the column's dates, to show what the choice means for it. */
  example: string
  order: DayMonthOrder
  onOrder: (order: DayMonthOrder) => void
}

/**
 * Which part of a numeric date comes first (03/04/2022: 3 April, or March 4?): asked of the reader,
 * since a column with no day over 12 cannot tell, and a wrong guess moves every event.
 */
export function DateOrderChoice({ column, example, order, onOrder }: DateOrderChoiceProps) {
  const t = useT()
  const [first = '', second = ''] = example.split(/[/.-]/)
  const parts = { first: Number(first), second: Number(second) }
  return (
    <fieldset className="date-order">
      <legend>{t(messages.legend, { column: column.slice(0, 40), example })}</legend>
      <label>
        <input
          type="radio"
          name="date-order"
          checked={order === 'day-first'}
          onChange={() => onOrder('day-first')}
        />
        {t(messages.dayFirst, parts)}
      </label>
      <label>
        <input
          type="radio"
          name="date-order"
          checked={order === 'month-first'}
          onChange={() => onOrder('month-first')}
        />
        {t(messages.monthFirst, parts)}
      </label>
    </fieldset>
  )
}
