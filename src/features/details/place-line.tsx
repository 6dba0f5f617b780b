/**
 * A place's line in an event's details, in both dashboards: its name and its coordinates, each isolated
 * (bdi), the space between them outside both. Without that, in a right-to-left page the coordinates'
 * digits and brackets joined the name's run and the space stayed inside the coordinates' isolate, so
 * the line read "(50.6858, 52.3678)Ulrara"; isolated, each keeps its own order and the name comes first
 * in the reading direction. `ltr`: coordinates in bare numbers (the engine's), always left to right.
 */
export function PlaceLine({
  name,
  coordinates,
  className,
  ltr = false,
}: {
  name: string | null
  coordinates: string | null
  className: string
  ltr?: boolean
}) {
  return (
    <>
      {name !== null && <bdi>{name}</bdi>}
      {name !== null && coordinates !== null && ' '}
      {coordinates !== null && (
        <bdi className={className} dir={ltr ? 'ltr' : undefined}>
          ({coordinates})
        </bdi>
      )}
    </>
  )
}
