/**
 * The values of a query's results as the rest of the importer reads them: a binding's value, type and
 * datatype; a date (xsd:dateTime) as EDTF at the precision Wikidata stores it, where the query says
 * (a ?…Precision variable), or as its shape suggests; a WKT point as its coordinates.
 */
export type Binding = { value: string; type: string; datatype: string | null }

const XSD_DATETIME = 'http://www.w3.org/2001/XMLSchema#dateTime'
const WKT = 'http://www.opengis.net/ont/geosparql#wktLiteral'
const DATETIME = /^([+-]?)(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/
// "Point(139.69 35.68)": longitude, then latitude. A point on another globe names it first.
const POINT = /^Point\(\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s+(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*\)$/

export const isWikidataItem = (value: string) => /^https?:\/\/www\.wikidata\.org\/entity\/Q\d+$/.test(value)

export function isDateTime(binding: Binding): boolean {
  return binding.datatype === XSD_DATETIME || (binding.datatype === null && DATETIME.test(binding.value))
}

export function isPoint(binding: Binding): boolean {
  return binding.datatype === WKT || (binding.datatype === null && POINT.test(binding.value.trim()))
}

/** A WKT point's coordinates; null for another shape, or a point on another globe (the Moon's). */
export function pointOf(value: string): { latitude: number; longitude: number } | null {
  const match = POINT.exec(value.trim())
  if (!match) return null
  const longitude = Number(match[1])
  const latitude = Number(match[2])
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : null
}

/**
 * An xsd:dateTime as EDTF. With Wikidata's precision (9 year, 10 month, 11 day; 8, 7, 6 a decade,
 * century, millennium), at that precision. Without it, at midnight: a day, except 1 January, which is
 * read as its year: Wikidata stores a date known only to the year as its first day, and the results
 * drop the precision that tells the two apart; a year holds its first day, so it is never wrong, only
 * less precise. Another time of day is kept, to the second. Years are astronomical, as EDTF's are
 * (Wikidata's RDF writes 500 BC as -0499). Null for no such date.
 */
export function dateOf(
  value: string,
  precision: number | null,
): { edtf: string; yearOfFirstDay: boolean } | null {
  const match = DATETIME.exec(value.trim())
  if (!match) return null
  const [, sign = '', yearDigits = '', month = '', day = '', hour = '', minute = '', second = ''] = match
  const number = Number(yearDigits)
  if (number > 9999 || Number(month) > 12 || Number(day) > 31) return null
  const year = `${sign === '-' && number !== 0 ? '-' : ''}${String(number).padStart(4, '0')}`
  const midnight = hour === '00' && minute === '00' && second === '00'
  if (precision !== null && precision >= 6 && precision <= 11) {
    if (precision === 11) return { edtf: `${year}-${month}-${day}`, yearOfFirstDay: false }
    if (precision === 10) return { edtf: `${year}-${month}`, yearOfFirstDay: false }
    // Decades, centuries and millennia as EDTF's unspecified digits ("194X"); before year 0, the year.
    const unspecified = 9 - precision
    const edtf =
      unspecified > 0 && sign !== '-' ? `${year.slice(0, 4 - unspecified)}${'X'.repeat(unspecified)}` : year
    return { edtf, yearOfFirstDay: false }
  }
  if (!midnight)
    return { edtf: `${year}-${month}-${day}T${hour}:${minute}:${second}Z`, yearOfFirstDay: false }
  if (month === '01' && day === '01') return { edtf: year, yearOfFirstDay: true }
  return { edtf: `${year}-${month}-${day}`, yearOfFirstDay: false }
}
