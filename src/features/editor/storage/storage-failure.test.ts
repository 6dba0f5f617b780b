import { Dexie } from 'dexie'
import { expect, test } from 'vitest'
import { describeStorageFailure, quotaReason, refusedReason, sameReason } from './storage-failure'

test('a full disk is said as such, as the browser reports it and as Dexie wraps it', () => {
  expect(describeStorageFailure(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe(quotaReason())
  expect(describeStorageFailure(new Dexie.QuotaExceededError('Quota exceeded'))).toBe(quotaReason())
  // Chrome aborts the transaction: Dexie's AbortError, with the browser's error as its inner one.
  const aborted = new Dexie.AbortError('Transaction aborted', new DOMException('Quota', 'QuotaExceededError'))
  expect(describeStorageFailure(aborted)).toBe(quotaReason())
})

test('storage refused or missing says so', () => {
  expect(describeStorageFailure(new Dexie.MissingAPIError('IndexedDB API missing'))).toBe(refusedReason())
  const open = new Dexie.OpenFailedError('Open failed', new DOMException('denied', 'SecurityError'))
  expect(describeStorageFailure(open)).toBe(refusedReason())
  expect(refusedReason()).toEqual({ code: 'storageRefused' })
})

test('any other failure keeps what the browser said, name and message, as its detail', () => {
  expect(
    describeStorageFailure(new Dexie.UnknownError('Connection to Indexed Database server lost')),
  ).toEqual({
    code: 'storageFailed',
    said: 'UnknownError: Connection to Indexed Database server lost',
  })
  expect(describeStorageFailure('odd')).toEqual({ code: 'storageFailed', said: 'odd' })
  // A chain of errors that loops is read a few deep, not forever.
  const looped: { name: string; message: string; inner?: unknown } = { name: 'AbortError', message: 'x' }
  looped.inner = looped
  expect(describeStorageFailure(looped)).toEqual({ code: 'storageFailed', said: 'AbortError: x' })
})

test('two reasons are the same when they say the same thing', () => {
  const failed = (said: string) => describeStorageFailure(new Dexie.UnknownError(said))
  expect(sameReason(failed('lost'), failed('lost'))).toBe(true)
  expect(sameReason(failed('lost'), failed('gone'))).toBe(false)
  expect(sameReason(quotaReason(), refusedReason())).toBe(false)
  expect(sameReason('', '')).toBe(true)
  expect(sameReason('', quotaReason())).toBe(false)
})
