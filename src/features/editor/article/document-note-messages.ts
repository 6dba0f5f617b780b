import { defineMessages } from '../../../i18n/messages'

// One message per note on how an article's file was read (dataset/documents/document-note.ts). What a
// library or the browser said is a detail in its own words ({message}, {error}, {said}).
export const noteMessages = defineMessages({
  notUtf8: {
    id: 'documents.notUtf8',
    defaultMessage:
      'The file is not UTF-8: it was read as {encoding}. Check its accented letters and quotation marks.',
  },
  pageEncoding: {
    id: 'documents.pageEncoding',
    defaultMessage: 'The page was read in {encoding}, the encoding it names.',
  },
  pageNotUtf8: {
    id: 'documents.pageNotUtf8',
    defaultMessage: 'The page is not valid UTF-8 and names no other encoding: it was read as Windows-1252.',
  },
  loneCarriageReturns: {
    id: 'documents.loneCarriageReturns',
    defaultMessage:
      'The file ends its lines with carriage returns alone (as old Mac files do): they were made line feeds.',
  },
  nestingBounded: {
    id: 'documents.nestingBounded',
    defaultMessage:
      'Lists or quotes nested more than {levels, number} levels deep were read as {levels, number} levels deep (the words are all kept).',
  },
  jsonLdSkipped: {
    id: 'documents.jsonLdSkipped',
    defaultMessage: 'A block of the page’s metadata (JSON-LD) is not valid JSON and was skipped ({error}).',
  },
  tooManyElements: {
    id: 'documents.tooManyElements',
    defaultMessage:
      'The page has {elements, number} elements, too many to pick its article out: all its text was read. Delete what is not the article.',
  },
  nestedTooDeep: {
    id: 'documents.nestedTooDeep',
    defaultMessage:
      'The page nests its elements more than {depth, number} deep, too deep to pick its article out: all its text was read. Delete what is not the article.',
  },
  articlePicked: {
    id: 'documents.articlePicked',
    defaultMessage:
      'The article was picked out of the page by Readability (as Firefox’s Reader View does): its menus, advertisements and comments were left out. Check its first and last paragraphs.',
  },
  noArticle: {
    id: 'documents.noArticle',
    defaultMessage:
      'No article could be picked out of the page: all its text was read. Delete what is not the article.',
  },
  standfirstAdded: {
    id: 'documents.standfirstAdded',
    defaultMessage:
      'Paragraph 1, the standfirst, is the page’s description (og:description): the page shows it above the article. Delete it if it is not part of the article.',
  },
  wordSaid: {
    id: 'documents.wordSaid',
    defaultMessage: 'The Word reader (mammoth) noted: {message}',
  },
  wordSaidMore: {
    id: 'documents.wordSaidMore',
    defaultMessage: '{count, plural, one {And # more such note.} other {And # more such notes.}}',
  },
  wordCreated: {
    id: 'documents.wordCreated',
    defaultMessage:
      'Published is the day the Word document was created ({date}), as its properties say: check it.',
  },
  fieldTooLong: {
    id: 'documents.fieldTooLong',
    defaultMessage:
      'The document’s {field, select, title {title} other {outlet}} is {length, plural, one {# character} other {# characters}} long, past the {limit, number} a story keeps: it was left out.',
  },
})

// Why a file was not read as an article, and what to do instead.
export const refusalMessages = defineMessages({
  unreadable: {
    id: 'documents.unreadable',
    defaultMessage:
      '{what, select, pdf {This is a PDF, which} wordProcessor {This is a word-processor document in a format other than .docx, which} image {This is an image, which} webArchive {This is a web archive, which} archive {This is a compressed archive, which} other {This file}} cannot be read as an article here: Story Timeline reads .txt, .md, .html (a saved web page) and .docx (Word) files. Copy the article’s text and paste it into Article text.',
  },
  empty: { id: 'documents.empty', defaultMessage: 'This document holds no text to read.' },
  tooLong: {
    id: 'documents.tooLong',
    defaultMessage:
      'This article’s text is {length, plural, one {# character} other {# characters}} long; a story’s source text may be at most {limit, number}. Open a shorter document, or paste the part of the article you need into Article text.',
  },
  wordTooLarge: {
    id: 'documents.wordTooLarge',
    defaultMessage:
      'This Word document says it unpacks to {bytes, plural, one {# byte} other {# bytes}} of text and markup, far more than any article: it was not opened.',
  },
  wordFailed: {
    id: 'documents.wordFailed',
    defaultMessage:
      'This file could not be read as a Word document (.docx): {why, select, notPackage {it is not a whole .docx package (the file is damaged, cut short while downloading, or an older .doc or another kind of file renamed)} noDocument {it holds no Word document (it may be another Office file, a spreadsheet or a presentation, renamed)} notWellFormed {its text is not well-formed (the file is damaged)} other {its reader said {said}}}. Open it in Word and save it again as .docx, or copy the article’s text and paste it into Article text.',
  },
  nestedTooDeep: {
    id: 'documents.markupTooDeep',
    defaultMessage:
      'This file’s markup is nested too deeply to read. Copy the article’s text and paste it into Article text.',
  },
  failed: {
    id: 'documents.failed',
    defaultMessage:
      'This file could not be read ({said}). Copy the article’s text and paste it into Article text.',
  },
})
