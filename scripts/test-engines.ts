import { isDeepStrictEqual } from 'node:util'
import type { Answer, Answerer } from '../src/dataset/query/answers'
import { CLICKHOUSE } from '../src/dataset/query/sql/dialects'
import { sqlAnswerer } from '../src/dataset/query/sql/sql-answerer'
import {
  createTables,
  EVENTS_TABLE,
  eventTableRows,
  NAMES_TABLE,
  nameTableRows,
  QUOTES_TABLE,
  quoteTableRows,
} from '../src/dataset/query/sql/table-layout'
import type { Story } from '../src/dataset/story-index'
import { builtinStory, syntheticQueryStory } from '../src/testing/query-stories'
import { CLUSTER, type LocalCluster, startLocalCluster } from './engine/clickhouse/local-cluster'
import { loadStory, openDuckDb } from './engine/duckdb-answerer'
import { filtersFor, questionsFor } from './engine/parity-questions'

// `npm run test:engines`: DuckDB and a ClickHouse cluster (two shards on loopback, a Distributed
// table over them) load the same stories and answer every kind of question the views ask under
// every filter of the parity set; the answers must be equal, value for value. Prints a table of
// kinds by agreement and exits non-zero on any difference. Needs `clickhouse-server` (Debian's
// package); not part of `npm test`.

const BASE_PORT = Number(process.env.CLICKHOUSE_BASE_PORT ?? 18_123)

/**
 * The story in the cluster: a MergeTree table on each shard, a Distributed table over them on each
 * (events and quotes spread by ordinal, names by their id's hash).
 */
async function loadIntoCluster(cluster: LocalCluster, story: Story): Promise<void> {
  const local = {
    events: `${EVENTS_TABLE}_local`,
    quotes: `${QUOTES_TABLE}_local`,
    names: `${NAMES_TABLE}_local`,
  }
  for (const [shard] of cluster.shards.entries()) {
    for (const table of [EVENTS_TABLE, QUOTES_TABLE, NAMES_TABLE, local.events, local.quotes, local.names])
      await cluster.execute(`DROP TABLE IF EXISTS ${table}`, shard)
    for (const statement of createTables(CLICKHOUSE, {
      ...local,
      engine: ' ENGINE = MergeTree() ORDER BY ordinal',
      namesEngine: ' ENGINE = MergeTree() ORDER BY (facet, id)',
    }))
      await cluster.execute(statement, shard)
    for (const [table, under, key] of [
      [EVENTS_TABLE, local.events, 'ordinal'],
      [QUOTES_TABLE, local.quotes, 'ordinal'],
      [NAMES_TABLE, local.names, 'cityHash64(id)'],
    ] as const)
      await cluster.execute(
        `CREATE TABLE ${table} AS ${under} ENGINE = Distributed(${CLUSTER}, default, ${under}, ${key})`,
        shard,
      )
  }
  // Through the Distributed table, which spreads the rows over the shards by ordinal; synchronously,
  // so that every row is in place before the first question.
  const insert = async (table: string, rows: readonly object[]) => {
    if (rows.length === 0) return
    const body = rows.map((row) => JSON.stringify(row)).join('\n')
    await cluster.execute(`INSERT INTO ${table} FORMAT JSONEachRow`, 0, body)
  }
  await insert(EVENTS_TABLE, eventTableRows(story))
  await insert(QUOTES_TABLE, quoteTableRows(story))
  await insert(NAMES_TABLE, nameTableRows(story))
}

/** Where two answers first differ: the first row (or field) that is not the same, both ways. */
function firstDifference(expected: Answer, answered: Answer): string {
  const rows: readonly unknown[] = expected.rows
  const others: readonly unknown[] = answered.rows
  const at = rows.findIndex((row, index) => !isDeepStrictEqual(row, others[index]))
  if (at < 0 && rows.length === others.length)
    return `beside the rows: DuckDB ${JSON.stringify({ ...expected, rows: undefined })}, ClickHouse ${JSON.stringify({ ...answered, rows: undefined })}`
  const show = (row: unknown) => JSON.stringify(row, (_key, value) => (Object.is(value, -0) ? '-0' : value))
  return `row ${at} of ${rows.length}/${others.length}: DuckDB ${show(rows[at])}, ClickHouse ${show(others[at])}`
}

type Tally = Map<string, { agree: number; differ: number; first?: string }>

async function compare(story: Story, duckdb: Answerer, clickhouse: Answerer, tally: Tally): Promise<void> {
  for (const [name, filter] of filtersFor(story)) {
    for (const question of questionsFor(story, filter)) {
      const [expected, answered] = await Promise.all([duckdb.answer(question), clickhouse.answer(question)])
      const kind =
        question.kind === 'period-counts' ? `period-counts (${question.bucketing.period})` : question.kind
      const entry = tally.get(kind) ?? { agree: 0, differ: 0 }
      if (isDeepStrictEqual(expected, answered)) entry.agree++
      else {
        entry.differ++
        entry.first ??= `${kind}, ${name}: ${firstDifference(expected, answered)}`
      }
      tally.set(kind, entry)
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const cluster = await startLocalCluster(2, BASE_PORT)
  const tally: Tally = new Map()
  try {
    for (const story of [builtinStory(), syntheticQueryStory(4000)]) {
      const duckdb = await openDuckDb()
      duckdb.naming = await loadStory(duckdb.connection, story)
      const clickhouse = sqlAnswerer((sql) => cluster.query(sql), CLICKHOUSE, duckdb.naming)
      await loadIntoCluster(cluster, story)
      await compare(story, duckdb.answerer, clickhouse, tally)
      duckdb.close()
    }
  } finally {
    await cluster.stop()
  }
  console.log(
    `DuckDB against ClickHouse (2 shards, Distributed): ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  )
  console.log('| question | agree | differ |\n| --- | --- | --- |')
  for (const [kind, { agree, differ }] of tally) console.log(`| ${kind} | ${agree} | ${differ} |`)
  const differing = [...tally.values()].filter((entry) => entry.differ > 0)
  for (const entry of differing) console.log(`\n${entry.first}`)
  const agreed = [...tally.values()].reduce((sum, entry) => sum + entry.agree, 0)
  const differed = [...tally.values()].reduce((sum, entry) => sum + entry.differ, 0)
  console.log(`\nengines: ${agreed} passed, ${differed} failed`)
  if (differing.length > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
