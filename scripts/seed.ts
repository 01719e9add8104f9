import { pathToFileURL } from 'node:url'
import { seedDemo } from '../prisma/seed'
import { createPrismaClient } from '../src/server/db/client'

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
  let url = process.env.DATABASE_URL
  let stop = async () => {}
  if (!url) {
    const { startDevDatabase } = await import('./dev-database')
    const db = await startDevDatabase()
    url = db.url
    stop = db.stop
  }
  try {
    console.log((await seedIfEmpty(url)) ? 'Demo data seeded.' : 'The database already has users: already seeded, nothing done.')
  } finally {
    await stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void cli()
