import type { ServerResponse } from 'node:http'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { AnswerOf } from '../dataset/query/answers'
import { ARROW_STREAM, answerToArrow } from '../dataset/query/arrow-answers'
import { httpAnswerer } from '../dataset/query/http-answerer'
import type { QueryDescription } from '../dataset/query/query-description'
import type { Story } from '../dataset/story-index'
import type { AnswerSource } from '../state/query/answer-source'
import { AnswerSourceProvider } from '../state/query/answer-source'
import { memoryAnswerer } from '../state/query/memory-answerer'

// What the tests of views asking an engine share: the engine's answers as the service sends them
// (Arrow, from the in-memory index of a story), the HTTP answerer of a loopback engine as the views'
// source, and the providers a view asks within.

/** Answers a description as the service would over `story`: Arrow of the in-memory answer. */
export function answeringInArrow(story: Story): (query: QueryDescription, response: ServerResponse) => void {
  const memory = memoryAnswerer(story)
  return (query, response) => {
    void memory.answer(query).then((answer: AnswerOf<QueryDescription['kind']>) => {
      response.writeHead(200, { 'Content-Type': ARROW_STREAM })
      response.end(answerToArrow(query, answer))
    })
  }
}

/** The engine service at `url` as the views' answer source, through the page's HTTP answerer. */
export function httpSource(url: string, identity = url): Extract<AnswerSource, { kind: 'engine' }> {
  return { kind: 'engine', identity, answerer: httpAnswerer(url) }
}

/** `children` within a fresh query client and, where given, the answer source the views ask. */
export function WithAnswers({ source, children }: { source?: AnswerSource; children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      {source ? <AnswerSourceProvider source={source}>{children}</AnswerSourceProvider> : children}
    </QueryClientProvider>
  )
}
