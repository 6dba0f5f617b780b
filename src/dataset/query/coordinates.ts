/**
 * A coordinate as answers and the engines' tables hold it: null when the event has none, and −0 as 0
 * (they are the same place; JSON, through which ClickHouse is loaded, writes −0 as 0, and
 * JavaScript's Object.is — toEqual — tells them apart).
 */
export function coordinateOf(degrees: number | undefined): number | null {
  return degrees === undefined ? null : degrees + 0
}
