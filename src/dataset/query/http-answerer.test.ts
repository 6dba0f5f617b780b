// @vitest-environment node
import { afterEach, expect, test } from 'vitest'
import { loopbackEngine, problems } from '../../testing/loopback-engine'
import { ARROW_STREAM, answerToArrow } from './arrow-answers'
import { EngineError } from './engine-error'
import { httpAnswerer } from './http-answerer'
import { NO_FILTER, type QueryDescription } from './query-description'

// The page's client of the engine service against a real server on loopback that errs as a service
// can: each failure thrown as an EngineError with the code the views word (engine-error.ts).

const count: QueryDescription = { kind: 'events', filter: NO_FILTER, fields: [], limit: 0, offset: 0 }
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function served(reply: Parameters<typeof loopbackEngine>[0]) {
  const engine = await loopbackEngine(reply)
  closers.push(engine.close)
  return engine.url
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('answered, where it should have failed')
    },
    (error: unknown) => {
      if (!(error instanceof EngineError)) throw error
      return { problem: error.problem, detail: error.detail }
    },
  )

test('an answer that comes is read, as before', async () => {
  const url = await served((query, response) => {
    response.writeHead(200, { 'Content-Type': ARROW_STREAM })
    response.end(answerToArrow(query, { rows: [], total: 50 }))
  })
  expect(await httpAnswerer(url).answer(count)).toEqual({ rows: [], total: 50 })
})

test('a description the service rejects (400) is refused, with its reasons', async () => {
  const url = await served((_query, response) => problems(response, 400, ['limit: at most 10000']))
  expect(await failure(httpAnswerer(url).answer(count))).toEqual({
    problem: 'refused',
    detail: 'the events query (400): limit: at most 10000',
  })
})

test('a query the service stopped past its time (504) is a timeout', async () => {
  const url = await served((_query, response) =>
    problems(response, 504, ['the query took longer than 10000 ms and was stopped']),
  )
  expect((await failure(httpAnswerer(url).answer(count))).problem).toBe('timeout')
})

test('no answer within the wait is a timeout too, and the request is given up', async () => {
  let asked = 0
  // Never answers: the client's own wait ends it.
  const url = await served(() => {
    asked += 1
  })
  const started = performance.now()
  expect(await failure(httpAnswerer(url, fetch, 300).answer(count))).toEqual({
    problem: 'timeout',
    detail: 'no answer to the events query in 300 ms',
  })
  expect(performance.now() - started).toBeLessThan(5000)
  expect(asked).toBe(1)
})

test('an error of the service’s own (500) is a failure, with its text', async () => {
  const url = await served((_query, response) => {
    response.writeHead(500, { 'Content-Type': 'text/plain' })
    response.end('out of memory')
  })
  expect(await failure(httpAnswerer(url).answer(count))).toEqual({
    problem: 'failed',
    detail: 'the events query (500): out of memory',
  })
})

test('a service that is not there is unreachable', async () => {
  const url = await served(() => {})
  // Stopped before it is asked: nothing listens on the port any more.
  await closers.splice(0)[0]?.()
  expect((await failure(httpAnswerer(url).answer(count))).problem).toBe('unreachable')
})

test('an answer that is not Arrow is unreadable', async () => {
  const url = await served((_query, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' })
    response.end('<!doctype html><title>Sign in</title>')
  })
  expect((await failure(httpAnswerer(url).answer(count))).problem).toBe('unreadable')
})

test('an address where no service answers (404: a page of the site, not the service) is unreachable', async () => {
  const url = await served((_query, response) => {
    response.writeHead(404, { 'Content-Type': 'text/html' })
    response.end('<!doctype html><title>Not found</title>')
  })
  expect((await failure(httpAnswerer(url).answer(count))).problem).toBe('unreachable')
})
