import './request-mocks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Permission } from '../../../src/server/policy/permissions'
import { roleHas } from '../../../src/server/policy/permissions'
import { buildWorld, type World } from '../../support/world'
import { actionPermissions } from './action-permissions'
import { callAction, codeOf, discoverActions, type DiscoveredAction } from './actions'
import { changedTables, databaseFingerprint } from './fingerprint'
import { plausibleForm } from './inputs'
import { realisticInputs } from './realistic-inputs'
import { realisticRecords, type RealisticRecords } from './realistic-records'
import { cancelRunsNow } from './realistic-records-other'
import { callersByRole, type RoleCaller } from './role-actors'
import { signedIn } from './support'

// Issue 17, the suite that keeps it true (security.md AC-2): every discovered action, called as a raw POST by every
// role that holds none of the permissions action-permissions.ts declares for it, is refused FORBIDDEN (the permission
// is checked before the input is even parsed) and writes nothing, whatever the body: empty, ids of records in the
// caller's own scope, a valid submission where realistic-inputs.ts has one, or not a form at all. That each valid
// submission is accepted from a role holding the permission is proven in realistic-inputs.int.test.ts.
let w: World
let actions: DiscoveredAction[]
let callers: RoleCaller[]
let records: RealisticRecords
beforeAll(async () => {
  w = await buildWorld()
  actions = await discoverActions()
  callers = await callersByRole(w)
  records = await realisticRecords(w, callers)
  // Minutes, not seconds, on a loaded two-core machine: clean-clone run 23 timed out at 60 s with other work running.
}, 240_000)
// A "Run now" a realistic input queued leaves no run for a later file's workers.
afterAll(cancelRunsNow)

// An action that works without JavaScript answers every outcome with a redirect: its refusal is the one that says so.
const refusalRedirects: Record<string, RegExp> = { saveCaseloadViewAction: /[?&]saved=0$/ }

/** FORBIDDEN, or the redirect a no-JavaScript action gives for a refusal. */
function refused(action: DiscoveredAction, answer: Awaited<ReturnType<typeof callAction>>): boolean {
  if (answer.kind === 'redirect') return Boolean(refusalRedirects[action.name]?.test(answer.url))
  return codeOf(answer) === 'FORBIDDEN'
}

/** The roles that hold none of the action's declared permissions (none for an action open to any signed-in user). */
function lacking(action: DiscoveredAction): RoleCaller[] {
  const needs = actionPermissions[action.name]
  if (!Array.isArray(needs)) return []
  return callers.filter((c) => !(needs as Permission[]).some((p) => roleHas(c.role, p)))
}

describe('every action as every role without its permission', () => {
  it('every declared permission is one some role holds, so no action is declared unreachable by mistake', () => {
    const declared = Object.values(actionPermissions).flatMap((needs) => (Array.isArray(needs) ? needs : []))
    expect(declared.filter((p) => !callers.some((c) => roleHas(c.role, p)))).toEqual([])
  })

  it('is refused FORBIDDEN and writes nothing (empty, plausible, realistic and non-form bodies)', async () => {
    const failures: string[] = []
    let calls = 0
    for (const action of actions) {
      const refusedBy = lacking(action)
      if (!refusedBy.length) continue
      const before = await databaseFingerprint()
      for (const caller of refusedBy) {
        signedIn.actor = caller.actor
        const bodies: [string, unknown][] = [
          ['empty form', new FormData()],
          ['ids in own scope', plausibleForm(w, caller.offenderId)],
          ['non-form', { offenderId: caller.offenderId }],
          ...(realisticInputs[action.name] ? [['realistic', realisticInputs[action.name]!(w, caller.offenderId, records)] as [string, unknown]] : []),
        ]
        for (const [label, body] of bodies) {
          const answer = await callAction(action, body)
          calls++
          if (!refused(action, answer)) failures.push(`${action.id} as ${caller.role} (${label}): ${codeOf(answer)}`)
        }
      }
      const changed = changedTables(before, await databaseFingerprint())
      if (changed.length) failures.push(`${action.id}: a refused role wrote to ${changed.join(', ')}`)
    }
    expect(failures).toEqual([])
    // Hundreds of refusals at the time of writing: a discovery or matrix that silently shrank would show here.
    expect(calls).toBeGreaterThan(1500)
  }, 240_000)
})
