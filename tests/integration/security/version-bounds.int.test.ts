import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { closeCircle } from '../../../src/server/cosa/circle-life'
import { activateCircle } from '../../../src/server/cosa/circles'
import { prisma } from '../../../src/server/db'
import { setSupportNeedActive, updateSupportNeed } from '../../../src/server/pathways/save-support-need'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// COSA break test item 5 (issue 17 "no 500s"): a version above PostgreSQL's integer limit reached the query and came
// back as an unhandled database error ("Something went wrong") on every versioned form. Now it is a field error.
let coordinator: Actor
let admin: Actor
beforeAll(async () => {
  const provider = await prisma.agency.create({ data: { code: `VERSION-${Date.now()}`, name: 'Version provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  admin = await actorOf(await createUser(prisma, { roles: ['SYSTEM_ADMINISTRATOR'] }))
})

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'saved',
    (e: unknown) => (e instanceof ZodError ? Object.fromEntries(e.issues.map((i) => [i.path.join('.'), issueKey(i).key])) : e),
  )

describe('a version beyond the integer limit on versioned forms', () => {
  it.each(['2147483648', '99999999999', '99999999999999999999', '-1'])('is a field error, never a database error: %s', async (big) => {
    const id = randomUUID()
    expect(await outcome(activateCircle(coordinator, { circleId: id, version: big }))).toEqual({ version: 'formVersionUnreadable' })
    expect(await outcome(closeCircle(coordinator, { circleId: id, version: big }))).toEqual({ version: 'formVersionUnreadable' })
    expect(await outcome(setSupportNeedActive(admin, { supportNeedId: id, version: big, active: 'false' }))).toEqual({ version: 'formVersionUnreadable' })
    expect(await outcome(updateSupportNeed(admin, { supportNeedId: id, version: big, label: 'Housing', labelCy: 'Tai' }))).toEqual({ version: 'formVersionUnreadable' })
  })
})
