import JSZip from 'jszip'
import { expect, test } from 'vitest'
import { expectRead, expectWellFormed, fileOf } from './document-test-helpers'
import { readDocument } from './read-document'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'

const paragraph = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

/**
 * A .docx as Word saves it, cut to the parts mammoth reads: the package's types and relationships,
 * the document, its styles (Word's built-in names: Title, Subtitle, heading 2) and its properties.
 */
async function wordDocument(body: string, core?: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${RELATIONSHIPS}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`,
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${RELATIONSHIPS}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`,
  )
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="PullQuote"><w:name w:val="Pull Quote"/></w:style>
</w:styles>`,
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  )
  if (core) zip.file('docProps/core.xml', core)
  return zip.generateAsync({ type: 'uint8array' })
}

const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Letters between Kim and Putin (properties)</dc:title>
<dc:creator>A reporter</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2023-08-15T06:40:00Z</dcterms:created>
</cp:coreProperties>`

test('a Word document: Title, Subtitle and Heading styles; its creation date from its properties; mammoth’s notes', async () => {
  const body = [
    paragraph('Kim and Putin pledge closer ties', 'Title'),
    paragraph('Leaders say the allies are ‘fully demonstrating their invincibility’.', 'Subtitle'),
    paragraph('North Korea leader Kim Jong Un and Russian President Vladimir Putin exchanged letters.'),
    paragraph('‘Deeply concerned’', 'Heading2'),
    paragraph(
      '“I am firmly convinced that the friendship … will be further developed,” Kim said.',
      'PullQuote',
    ),
    '<w:p><w:r><w:t>Split </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>across</w:t></w:r><w:r><w:t xml:space="preserve"> runs.</w:t></w:r></w:p>',
    '<w:p></w:p>',
  ].join('')
  const read = expectRead(await readDocument(fileOf('letters.docx', await wordDocument(body, core))))
  expectWellFormed(read)
  expect(read.text.split('\n\n')).toEqual([
    'Leaders say the allies are ‘fully demonstrating their invincibility’.',
    'North Korea leader Kim Jong Un and Russian President Vladimir Putin exchanged letters.',
    '‘Deeply concerned’',
    '“I am firmly convinced that the friendship … will be further developed,” Kim said.',
    'Split across runs.',
  ])
  expect(read).toMatchObject({
    title: 'Kim and Putin pledge closer ties',
    standfirst: 1,
    headings: [3],
    published: '2023-08-15',
  })
  expect(read.notes).toContainEqual({
    code: 'wordSaid',
    message: expect.stringMatching(/^Unrecognised paragraph style: 'Pull Quote'/),
  })
  expect(read.notes).toContainEqual({ code: 'wordCreated', date: '2023-08-15' })
})

test('with no Title paragraph, the title is the one in the document’s properties', async () => {
  const read = expectRead(
    await readDocument(fileOf('a.docx', await wordDocument(paragraph('Only text.'), core))),
  )
  expect(read).toMatchObject({ text: 'Only text.', title: 'Letters between Kim and Putin (properties)' })
  const bare = expectRead(await readDocument(fileOf('b.docx', await wordDocument(paragraph('Only text.')))))
  expect(bare.title).toBeUndefined()
  expect(bare.published).toBeUndefined()
})

test('a .docx that is not one, and one that says it unpacks to gigabytes, are refused in words', async () => {
  const notZip = await readDocument(fileOf('fake.docx', 'just some text'))
  expect(notZip).toEqual({
    ok: false,
    refusal: { code: 'wordFailed', why: 'notPackage', said: expect.any(String) },
  })
  // A zip with no Word document in it: said so, without the reader's own words ("main document part").
  const notWord = await readDocument(
    fileOf(
      'sheet.docx',
      await new JSZip().file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'uint8array' }),
    ),
  )
  expect(notWord).toEqual({
    ok: false,
    refusal: { code: 'wordFailed', why: 'noDocument', said: expect.any(String) },
  })
  // A zip bomb: its directory says document.xml unpacks to 3 GB (the field is patched; nothing that
  // large is made).
  const bytes = await wordDocument(paragraph('Small.'))
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const name = new TextEncoder().encode('word/document.xml')
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const length = view.getUint16(at + 28, true)
    const entry = bytes.subarray(at + 46, at + 46 + length)
    if (entry.length === name.length && entry.every((byte, index) => byte === name[index]))
      view.setUint32(at + 24, 3e9, true)
  }
  const bomb = await readDocument(fileOf('bomb.docx', bytes))
  expect(bomb).toEqual({ ok: false, refusal: { code: 'wordTooLarge', bytes: expect.any(Number) } })
  expect(bomb.ok === false && bomb.refusal.code === 'wordTooLarge' && bomb.refusal.bytes).toBeGreaterThan(3e9)
})
