import { Dexie } from 'dexie'
import { expect, test } from 'vitest'
import { describeStorageFailure, quotaReason, refusedReason } from './storage-failure'

test('a full disk is said as such, as the browser reports it and as Dexie wraps it', () => {
  expect(describeStorageFailure(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe(quotaReason())
  expect(describeStorageFailure(new Dexie.QuotaExceededError('Quota exceeded'))).toBe(quotaReason())
  // Chrome aborts the transaction: Dexie's AbortError, with the browser's error as its inner one.
  const aborted = new Dexie.AbortError('Transaction aborted', new DOMException('Quota', 'QuotaExceededError'))
  expect(describeStorageFailure(aborted)).toBe(quotaReason())
})

test('storage refused or missing says so, with what to do', () => {
  expect(describeStorageFailure(new Dexie.MissingAPIError('IndexedDB API missing'))).toBe(refusedReason())
  const open = new Dexie.OpenFailedError('Open failed', new DOMException('denied', 'SecurityError'))
  expect(describeStorageFailure(open)).toBe(refusedReason())
  expect(refusedReason()).toContain('Export JSON')
})

test('any other failure names the error and says the changes are kept', () => {
  const reason = describeStorageFailure(new Dexie.UnknownError('Connection to Indexed Database server lost'))
  expect(reason).toContain('UnknownError: Connection to Indexed Database server lost')
  expect(reason).toContain('Your changes are still here')
  expect(describeStorageFailure('odd')).toContain('odd')
  // A chain of errors that loops is read a few deep, not forever.
  const looped: { name: string; message: string; inner?: unknown } = { name: 'AbortError', message: 'x' }
  looped.inner = looped
  expect(describeStorageFailure(looped)).toContain('AbortError')
})
