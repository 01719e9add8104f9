import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils'
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg'
import pg from 'pg'

// Prisma's schema engine compiled to Wasm, driven over @prisma/adapter-pg. The three adapter fixes below were
// each found necessary by trial (shared/notes/prisma-offline.md); see docs/decisions/0002-offline-migrations.md.

type Result = { fields: { dataTypeID: number }[]; rows: unknown[][] }
type Adapter = {
  performIO(q: unknown): Promise<Result>
  queryRaw(q: unknown): Promise<{ columnTypes: number[]; rows: unknown[][] }>
  executeScript(s: string): Promise<void>
  underlyingDriver(): pg.Pool
  onError(e: unknown): never
  dispose(): Promise<void>
}

const CHAR_OID = 18
const TEXT_OID = 25
const charColumns = new WeakMap<unknown[][], number[]>()
let patched = false

/** Fixes 1 and 2, applied once to the adapter classes. */
function patchAdapterClasses(adapter: Adapter) {
  if (patched) return
  patched = true
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Adapter
  const adapterProto = Object.getPrototypeOf(adapter) as Adapter
  // 1. Postgres "char" columns (catalog queries) are unknown to the adapter: read them as text, type them Character.
  const performIO = queryable.performIO
  queryable.performIO = async function (this: Adapter, q) {
    const result = await performIO.call(this, q)
    const chars = result.fields.flatMap((f, i) => (f.dataTypeID === CHAR_OID ? [i] : []))
    chars.forEach((i) => (result.fields[i]!.dataTypeID = TEXT_OID))
    if (chars.length) charColumns.set(result.rows, chars)
    return result
  }
  const queryRaw = queryable.queryRaw
  queryable.queryRaw = async function (this: Adapter, q) {
    const result = await queryRaw.call(this, q)
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character
    return result
  }
  // 2. The stock executeScript splits on ";", which breaks $$ function bodies; send the script whole (simple protocol).
  adapterProto.executeScript = async function (this: Adapter, script) {
    try {
      await this.underlyingDriver().query(script)
    } catch (e) {
      this.onError(e)
    }
  }
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

const panicRegistry = {
  message: '',
  set_message(m: string) {
    panicRegistry.message = m
  },
}

export type EngineHandle = { engine: SchemaEngine; settle: () => Promise<void> }

export async function startEngine(databaseUrl: string, schemaFiles: [string, string][], log: (m: string) => void): Promise<EngineHandle> {
  const pending: Promise<unknown>[] = []
  const connect = async (url: string) => {
    const adapter = (await new PrismaPg({ connectionString: url }).connect()) as unknown as Adapter
    patchAdapterClasses(adapter)
    return adapter
  }
  // 3. The stock shadow connection reuses the URL's database (the main one!). Create, connect and drop our own.
  const connectToShadowDb = async () => {
    const name = `prisma_shadow_${randomUUID().replace(/-/g, '')}`
    await adminQuery(databaseUrl, `CREATE DATABASE "${name}"`)
    const url = new URL(databaseUrl)
    url.pathname = `/${name}`
    const adapter = await connect(url.toString())
    const dispose = adapter.dispose.bind(adapter)
    adapter.dispose = () => {
      const done = dispose().then(() => adminQuery(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
      pending.push(done) // the engine does not await dispose
      return done.then(() => undefined)
    }
    return adapter
  }
  const factory = { provider: 'postgres', adapterName: '@prisma/adapter-pg', connect: () => connect(databaseUrl), connectToShadowDb }

  const require = createRequire(import.meta.url)
  const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg')
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm')
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports })
  const g = glue as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void }
  g.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start(): void }).__wbindgen_start()
  // Without a registry a Wasm panic crashes with "reading 'set_message'" instead of reporting itself.
  ;(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = panicRegistry

  const engine = await glue.SchemaEngine.new({ datamodels: schemaFiles }, (m: string) => log(m), bindMigrationAwareSqlAdapterFactory(factory as never))
  const settle = async () => {
    await Promise.allSettled(pending)
    const left = await adminQuery(databaseUrl, `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'`)
    for (const row of left.rows as { datname: string }[]) await adminQuery(databaseUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`)
  }
  return { engine, settle }
}
