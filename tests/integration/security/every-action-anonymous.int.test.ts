import './request-mocks'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadActor } from '../../../src/server/auth/load-actor'
import { openSession } from '../../../src/server/auth/sessions'
import { prisma } from '../../../src/server/db'
import { buildWorld, type World } from '../../support/world'
import { callAction, codeOf, discoverActions, serverActionFiles, type DiscoveredAction } from './actions'
import { actionPermissions, PUBLIC } from './action-permissions'
import { changedTables, databaseFingerprint } from './fingerprint'
import { plausibleForm } from './inputs'
import { signedIn } from './support'

// Issue 17, the suite that keeps it true (security.md AC-2): every server action, found by discovery, called as a raw
// POST by no one and by a disabled user answers UNAUTHENTICATED (or sends to sign-in) and writes nothing at all.
// At the time of writing there were 30 'use server' modules exporting 136 actions; discovery must never find fewer.
const KNOWN_MODULES = 30
const KNOWN_ACTIONS = 136

let w: World
let actions: DiscoveredAction[]
beforeAll(async () => {
  w = await buildWorld()
  actions = await discoverActions()
})

/** The bodies a hand-made POST can carry: nothing, ids of real records, and things that are not forms at all. */
const bodies = (): [string, unknown][] => [
  ['empty form', new FormData()],
  ['form with ids of real records', plausibleForm(w, w.people.mine.id)],
  ['non-form argument', { offenderId: w.people.mine.id }],
  ['undefined', undefined],
]

/** Refused as not signed in: UNAUTHENTICATED, or (for a page-level action) a redirect to sign-in. */
function refusedAsAnonymous(action: DiscoveredAction, answer: Awaited<ReturnType<typeof callAction>>): boolean {
  if (answer.kind === 'redirect') return answer.url.startsWith('/sign-in') || actionPermissions[action.name] === PUBLIC
  return answer.kind === 'result' && codeOf(answer) === 'UNAUTHENTICATED'
}

describe('discovery', () => {
  it('finds every action of every use-server module, each once, each declared in the permission map', () => {
    expect(serverActionFiles().length).toBeGreaterThanOrEqual(KNOWN_MODULES)
    expect(actions.length).toBeGreaterThanOrEqual(KNOWN_ACTIONS)
    expect(new Set(actions.map((a) => a.name)).size).toBe(actions.length)
    expect(actions.filter((a) => !(a.name in actionPermissions)).map((a) => a.id)).toEqual([])
  })

  it('the database fingerprint sees an update of one field and an insert, and is stable otherwise', async () => {
    const before = await databaseFingerprint()
    expect(changedTables(before, await databaseFingerprint())).toEqual([])
    await prisma.offender.update({ where: { id: w.people.north.id }, data: { pncId: null, firstName: 'North2' } })
    expect(changedTables(before, await databaseFingerprint())).toEqual(['Offender'])
    const again = await databaseFingerprint()
    await prisma.accessRestriction.create({ data: { offenderId: w.people.north.id, kind: 'EXCLUSION', userId: w.staff.police.id, reason: 'Test' } })
    expect(changedTables(again, await databaseFingerprint())).toEqual(['AccessRestriction'])
  })
})

describe('an anonymous or disabled caller', () => {
  it('a disabled user, or one whose agency is disabled, resolves to no actor on their next request', async () => {
    const sid = await openSession(prisma, w.staff.colleague.id, {})
    expect(await loadActor(prisma, sid)).not.toBeNull()
    await prisma.user.update({ where: { id: w.staff.colleague.id }, data: { status: 'DISABLED' } })
    expect(await loadActor(prisma, sid)).toBeNull()
    await prisma.user.update({ where: { id: w.staff.colleague.id }, data: { status: 'ACTIVE' } })
    await prisma.agency.update({ where: { id: w.nps.id }, data: { active: false } })
    expect(await loadActor(prisma, sid)).toBeNull()
    await prisma.agency.update({ where: { id: w.nps.id }, data: { active: true } })
  })

  it.each([
    ['no one', async () => null],
    ['a disabled user (resolved through their live session)', async () => {
      const sid = await openSession(prisma, w.staff.otherSenior.id, {})
      await prisma.user.update({ where: { id: w.staff.otherSenior.id }, data: { status: 'DISABLED' } })
      return loadActor(prisma, sid)
    }],
  ])('every action, called by %s, is refused and writes nothing', async (_who, resolve) => {
    signedIn.actor = await resolve()
    expect(signedIn.actor).toBeNull()
    const failures: string[] = []
    for (const action of actions) {
      const before = await databaseFingerprint()
      for (const [label, body] of bodies()) {
        const answer = await callAction(action, body)
        if (!refusedAsAnonymous(action, answer)) failures.push(`${action.id} (${label}): ${codeOf(answer)}`)
      }
      const changed = changedTables(before, await databaseFingerprint())
      if (changed.length) failures.push(`${action.id}: wrote to ${changed.join(', ')}`)
    }
    expect(failures).toEqual([])
  }, 120_000)
})
