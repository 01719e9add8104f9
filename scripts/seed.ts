import { pathToFileURL } from 'node:url'
import { seedDemo } from '../prisma/seed'
import { createPrismaClient } from '../src/server/db/client'
import { exitWithSetupError } from './setup-error'

/** Seeds the demo data only into a database with no users, so it can never overwrite real data. */
export async function seedIfEmpty(url: string): Promise<boolean> {
  const db = createPrismaClient(url)
  try {
    if ((await db.user.count()) > 0) return false
    await db.$transaction(async (tx) => void (await seedDemo(tx as never)), { timeout: 120_000 })
    return true
  } finally {
    await db.$disconnect()
  }
}

async function cli() {
  const { withDatabase } = await import('./dev-database')
  const seeded = await withDatabase(seedIfEmpty)
  console.log(seeded ? 'Demo data seeded.' : 'The database already has users: already seeded, nothing done.')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cli().catch((e) => exitWithSetupError('[seed]', e))
