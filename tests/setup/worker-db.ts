import { inject } from 'vitest'
import { createDatabaseIfMissing } from '../../scripts/embedded-postgres'

// Runs in each worker before its test files import the app: point DATABASE_URL at this worker's own copy.
const adminUrl = inject('adminDatabaseUrl')
const template = inject('templateDatabase')
const name = `${template}_w${process.env.VITEST_POOL_ID ?? '0'}`
// Two workers copying the template at the same instant can collide ("being accessed by other users").
for (let attempt = 1; ; attempt++) {
  try {
    await createDatabaseIfMissing(adminUrl, name, template)
    break
  } catch (e) {
    if (attempt >= 10) throw e
    await new Promise((r) => setTimeout(r, 200 * attempt))
  }
}
const url = new URL(adminUrl)
url.pathname = `/${name}`
process.env.DATABASE_URL = url.toString()
