import { defineConfig } from 'prisma/config'

// Prisma 7's CLI fetches the native schema engine before every command, even those that only need Wasm.
// These machines cannot reach the binary host, so point it at an empty file for the Wasm-only commands.
// Migrations run through scripts/migrate.ts (Wasm schema engine); see docs/decisions/0002-offline-migrations.md.
const wasmOnly = ['generate', 'validate', 'format']
if (wasmOnly.includes(process.argv[2] ?? '')) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= 'prisma/.no-engine'

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  // env() would throw during `generate` on a machine with no database URL yet.
  datasource: { url: process.env.DATABASE_URL ?? '' },
})
