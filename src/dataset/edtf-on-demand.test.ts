import { describe, expect, it } from 'vitest'
import { readableNow, readEdtf } from './dates/read-edtf'
import { FORMAT_VERSION } from './format/format-constants'
import type { Dataset } from './format/schema'
import { indexStoryWhenReadable } from './story-index'
import { fastValidate } from './validate/fast-validate'

// This file imports nothing that plugs edtf.js in (parse-edtf.ts): as the page's first view, which
// reads its story's dates with the common forms alone and loads edtf.js when a date needs it.

const dataset = (date: string): Dataset => ({
  format: FORMAT_VERSION,
  title: 'A story',
  source: { title: 'An article', published: '2023-08-15', paragraphs: 3 },
  actors: [{ id: 'north-korea', name: 'North Korea', kind: 'country', country: 'KP' }],
  events: [
    {
      id: 'letters',
      title: 'Letters exchanged',
      date,
      status: 'occurred',
      actors: ['north-korea'],
      source: { paragraphs: [1] },
    },
  ],
  quotes: [],
})

describe('reading dates before edtf.js has loaded', () => {
  it('reads the common forms and leaves the rest unread, saying so', () => {
    expect(readableNow('2023-08-15')?.ok).toBe(true)
    expect(readableNow('2023-08-32')).toEqual({ ok: false, reason: 'noSuchDay' })
    expect(readableNow('156X')).toBeNull()
    expect(() => readEdtf('156X')).toThrow(/before parse-edtf\.ts had loaded/)
  })

  it('leaves a form past the common ones to the slower check rather than refusing it', () => {
    expect(fastValidate(dataset('2023-08-15'))).not.toBeNull()
    expect(fastValidate(dataset('156X'))).toBeNull()
  })

  it('loads edtf.js when a dataset indexed on the page needs it, then reads every form', async () => {
    const story = await indexStoryWhenReadable(dataset('156X'))
    expect(story.events[0]?.when.label).toMatch(/156/)
    expect(readableNow('1985-21')?.ok).toBe(true)
    expect(fastValidate(dataset('156X'))).not.toBeNull()
  })
})
