/**
 * Month names as people write them in the languages newsrooms and researchers publish event files in:
 * English, French, Spanish, Portuguese, Italian, German, Dutch, the Scandinavian languages, Polish,
 * Turkish, Indonesian, Russian and Ukrainian (their names as they stand in a date too: "9 марта",
 * "15 січня", "3 marca"), and Arabic's two sets. Full names and the abbreviations each language's
 * style guides use. Compared without case, accents or a final full stop ("févr.", "Marz", "MÄRZ").
 * A closed table rather than Intl: the same answers in every browser, and no word is read as a month
 * in one language when it is another month in another (checked when the table is made).
 */

// January to December, each a list of spellings: the full name first, then its other forms.
const LANGUAGES: ReadonlyArray<ReadonlyArray<string>> = [
  // English
  'january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept|october oct|november nov|december dec'.split(
    '|',
  ),
  // French
  'janvier janv|février févr fév|mars|avril avr|mai|juin|juillet juil|août|septembre|octobre|novembre|décembre déc'.split(
    '|',
  ),
  // Spanish
  'enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre|octubre|noviembre|diciembre dic'.split(
    '|',
  ),
  // Portuguese
  'janeiro|fevereiro fev|março|abril|maio|junho|julho|agosto|setembro set|outubro out|novembro|dezembro dez'.split(
    '|',
  ),
  // Italian
  'gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre|ottobre ott|novembre|dicembre'.split(
    '|',
  ),
  // German (Austrian Jänner too)
  'januar jänner jän|februar|märz mär|april|mai|juni|juli|august|september|oktober okt|november|dezember dez'.split(
    '|',
  ),
  // Dutch
  'januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december'.split('|'),
  // Swedish, Danish, Norwegian
  'januari januar|februari februar|mars marts|april|maj mai|juni|juli|augusti august|september|oktober|november|december desember'.split(
    '|',
  ),
  // Polish, as a month and as it stands in a date
  'styczeń stycznia sty|luty lutego lut|marzec marca|kwiecień kwietnia kwi|maj maja|czerwiec czerwca cze|lipiec lipca lip|sierpień sierpnia sie|wrzesień września wrz|październik października paź|listopad listopada lis|grudzień grudnia gru'.split(
    '|',
  ),
  // Turkish
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık'.split('|'),
  // Indonesian and Malay
  'januari|februari|maret mac|april|mei|juni jun|juli julai|agustus ogos|september|oktober|november|desember disember'.split(
    '|',
  ),
  // Russian, as a month and as it stands in a date
  'январь января янв|февраль февраля фев|март марта мар|апрель апреля апр|май мая|июнь июня июн|июль июля июл|август августа авг|сентябрь сентября сен|октябрь октября окт|ноябрь ноября ноя|декабрь декабря дек'.split(
    '|',
  ),
  // Ukrainian, as a month and as it stands in a date
  'січень січня|лютий лютого|березень березня|квітень квітня|травень травня|червень червня|липень липня|серпень серпня|вересень вересня|жовтень жовтня|листопад листопада|грудень грудня'.split(
    '|',
  ),
  // Arabic: the names used in Egypt and the Gulf, and those of the Levant and Iraq
  'يناير كانون الثاني|فبراير شباط|مارس آذار|أبريل ابريل نيسان|مايو أيار|يونيو يونيه حزيران|يوليو يوليه تموز|أغسطس اغسطس آب|سبتمبر أيلول|أكتوبر اكتوبر تشرين الأول|نوفمبر تشرين الثاني|ديسمبر كانون الأول'.split(
    '|',
  ),
]

/** A word as month names are compared: no case, accents or final full stop. */
export function monthKey(word: string): string {
  const trimmed = word.endsWith('.') ? word.slice(0, -1) : word
  return trimmed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const TABLE: ReadonlyMap<string, number> = (() => {
  const table = new Map<string, number>()
  for (const months of LANGUAGES) {
    months.forEach((spellings, index) => {
      for (const name of spellingsOf(spellings)) {
        const key = monthKey(name)
        const known = table.get(key)
        if (known !== undefined && known !== index + 1)
          throw new Error(`"${name}" names two months in the month table`)
        table.set(key, index + 1)
      }
    })
  }
  return table
})()

// The spellings of one month, space-separated; Arabic's Levantine names are two words ("كانون الثاني"),
// the second led by the article, and stay one name.
function spellingsOf(spellings: string): string[] {
  const words = spellings.split(' ')
  const names: string[] = []
  for (const word of words) {
    if (word.startsWith('ال') && names.length > 0) names[names.length - 1] += ` ${word}`
    else names.push(word)
  }
  return names
}

/** The month a name stands for (1–12), in any language of the table; else undefined. */
export function monthOfName(name: string): number | undefined {
  return TABLE.get(monthKey(name))
}
