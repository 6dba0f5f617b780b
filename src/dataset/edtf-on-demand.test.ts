import { describe, expect, it } from 'vitest'
import { datasetDated } from '../testing/dated-dataset'
import { readableNow, readEdtf } from './dates/read-edtf'
import { indexStoryWhenReadable } from './story-index'
import { fastValidate } from './validate/fast-validate'

// This file imports nothing that plugs edtf.js in (parse-edtf.ts): as the page's first view, which
// reads its story's dates with the common forms alone and loads edtf.js when a date needs it.

describe('reading dates before edtf.js has loaded', () => {
  it('reads the common forms and leaves the rest unread, saying so', () => {
    expect(readableNow('2023-08-15')?.ok).toBe(true)
    expect(readableNow('2023-08-32')).toEqual({ ok: false, reason: 'noSuchDay' })
    expect(readableNow('156X')).toBeNull()
    expect(() => readEdtf('156X')).toThrow(/before parse-edtf\.ts had loaded/)
  })

  it('leaves a form past the common ones to the slower check rather than refusing it', () => {
    expect(fastValidate(datasetDated('2023-08-15'))).not.toBeNull()
    expect(fastValidate(datasetDated('156X'))).toBeNull()
  })

  it('loads edtf.js when a dataset indexed on the page needs it, then reads every form', async () => {
    const story = await indexStoryWhenReadable(datasetDated('156X'))
    expect(story.events[0]?.when.label).toMatch(/156/)
    expect(readableNow('1985-21')?.ok).toBe(true)
    expect(fastValidate(datasetDated('156X'))).not.toBeNull()
  })
})
