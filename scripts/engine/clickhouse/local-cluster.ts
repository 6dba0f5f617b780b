import { type ChildProcess, spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RawRow } from '../../../src/dataset/query/sql/raw-rows'

// ClickHouse shards on loopback for the engines' parity run (Debian's clickhouse-server, 18.16):
// each a server of its own with its files in a temporary folder, all of them one cluster,
// `story_shards`, so that a Distributed table on any of them reads every shard. Started and stopped
// by the run; nothing is left behind. Against a real cluster the service needs only its HTTP address
// (see README).

export const CLUSTER = 'story_shards'

export type Shard = { http: number; tcp: number }

export type LocalCluster = {
  shards: Shard[]
  /** Runs one statement on a shard (the first by default) and gives its rows (JSON output). */
  query: (sql: string, shard?: number) => Promise<readonly RawRow[]>
  /** Runs a statement that gives no rows (DDL, INSERT … VALUES). */
  execute: (sql: string, shard?: number, body?: string) => Promise<void>
  stop: () => Promise<void>
}

function configOf(folder: string, shard: Shard, all: readonly Shard[]): string {
  const replicas = all
    .map((other) => `<shard><replica><host>127.0.0.1</host><port>${other.tcp}</port></replica></shard>`)
    .join('')
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${folder}/server.log</log><errorlog>${folder}/server.err.log</errorlog><console>0</console></logger>
  <http_port>${shard.http}</http_port>
  <tcp_port>${shard.tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${folder}/data/</path>
  <tmp_path>${folder}/tmp/</tmp_path>
  <user_files_path>${folder}/user_files/</user_files_path>
  <format_schema_path>${folder}/format_schemas/</format_schema_path>
  <users_config>${folder}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>104857600</mark_cache_size>
  <remote_servers><${CLUSTER}>${replicas}</${CLUSTER}></remote_servers>
</yandex>
`
}

/** Whether the server can be started: Debian's package puts it in /usr/sbin, on root's PATH. */
async function isInstalled(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = spawn('clickhouse-server', ['--help'], { stdio: 'ignore' })
    probe.once('error', () => resolve(false))
    probe.once('exit', () => resolve(true))
  })
}

async function ping(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/ping`)).ok
  } catch {
    return false
  }
}

async function post(port: number, sql: string, body?: string): Promise<string> {
  const url = new URL(`http://127.0.0.1:${port}/`)
  // An INSERT into a Distributed table returns once every shard has its rows (18.16 takes settings
  // in the address, not in an INSERT's SETTINGS clause).
  url.searchParams.set('insert_distributed_sync', '1')
  if (body !== undefined) url.searchParams.set('query', sql)
  const response = await fetch(url, { method: 'POST', body: body ?? sql })
  const text = await response.text()
  if (!response.ok) throw new Error(`ClickHouse on ${port}: ${text.trim()}\n${sql.slice(0, 400)}`)
  return text
}

/** Starts `count` shards on loopback from `basePort` (HTTP) and `basePort + 100` (native). */
export async function startLocalCluster(count: number, basePort: number): Promise<LocalCluster> {
  if (!(await isInstalled()))
    throw new Error(
      'clickhouse-server is not installed: apt-get install clickhouse-server (Debian ships 18.16)',
    )
  const root = await mkdtemp(join(tmpdir(), 'clickhouse-shards-'))
  const shards = Array.from({ length: count }, (_, at) => ({ http: basePort + at, tcp: basePort + 100 + at }))
  const servers: ChildProcess[] = []
  for (const [at, shard] of shards.entries()) {
    const folder = join(root, `shard-${at + 1}`)
    await mkdir(folder, { recursive: true })
    await copyFile('/etc/clickhouse-server/users.xml', join(folder, 'users.xml'))
    await writeFile(join(folder, 'config.xml'), configOf(folder, shard, shards))
    servers.push(
      spawn('clickhouse-server', [`--config-file=${join(folder, 'config.xml')}`], { stdio: 'ignore' }),
    )
  }
  const stop = async () => {
    for (const server of servers) server.kill('SIGTERM')
    await Promise.all(
      servers.map((server) =>
        server.exitCode === null ? new Promise((resolve) => server.once('exit', resolve)) : null,
      ),
    )
    await rm(root, { recursive: true, force: true })
  }
  const deadline = Date.now() + 30_000
  for (const shard of shards) {
    while (!(await ping(shard.http))) {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`ClickHouse did not answer on port ${shard.http} within 30 s (logs in ${root})`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  const portOf = (shard: number) => (shards[shard] as Shard).http
  return {
    shards,
    query: async (sql, shard = 0) => {
      const parsed: unknown = JSON.parse(await post(portOf(shard), `${sql} FORMAT JSON`))
      if (typeof parsed !== 'object' || parsed === null || !('data' in parsed) || !Array.isArray(parsed.data))
        throw new Error(`ClickHouse gave no rows for: ${sql.slice(0, 200)}`)
      return parsed.data
    },
    execute: async (sql, shard = 0, body) => {
      await post(portOf(shard), sql, body)
    },
    stop,
  }
}
