import type { DayMonthOrder } from '../../../dataset/import/column-choice'

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
  const [first = '', second = ''] = example.split(/[/.-]/)
  return (
    <fieldset className="date-order">
      <legend>
        Dates in “{column.slice(0, 40)}” such as {example}
      </legend>
      <label>
        <input
          type="radio"
          name="date-order"
          checked={order === 'day-first'}
          onChange={() => onOrder('day-first')}
        />
        Day first (day {Number(first)}, month {Number(second)})
      </label>
      <label>
        <input
          type="radio"
          name="date-order"
          checked={order === 'month-first'}
          onChange={() => onOrder('month-first')}
        />
        Month first (month {Number(first)}, day {Number(second)})
      </label>
    </fieldset>
  )
}
