import './request-mocks'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Permission } from '../../../src/server/policy/permissions'
import { roleHas } from '../../../src/server/policy/permissions'
import { buildWorld, type World } from '../../support/world'
import { actionPermissions } from './action-permissions'
import { callAction, codeOf, discoverActions, type DiscoveredAction } from './actions'
import { changedTables, databaseFingerprint } from './fingerprint'
import { plausibleForm } from './inputs'
import { realisticInputs } from './realistic-inputs'
import { callersByRole, type RoleCaller } from './role-actors'
import { signedIn } from './support'

// Issue 17, the suite that keeps it true (security.md AC-2): every discovered action, called as a raw POST by every
// role that holds none of the permissions action-permissions.ts declares for it, is refused FORBIDDEN (the permission
// is checked before the input is even parsed) and writes nothing, whatever the body: empty, ids of records in the
// caller's own scope, a valid submission where realistic-inputs.ts has one, or not a form at all.
let w: World
let actions: DiscoveredAction[]
let callers: RoleCaller[]
beforeAll(async () => {
  w = await buildWorld()
  actions = await discoverActions()
  callers = await callersByRole(w)
})

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
          ...(realisticInputs[action.name] ? [['realistic', realisticInputs[action.name]!(w, caller.offenderId)] as [string, unknown]] : []),
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

  // Last: these writes are the point. Each realistic input is one a role holding the permission gets saved, so the
  // refusals above were refusals of a submission that would otherwise have been written.
  it('each realistic input is accepted from a role that holds the permission', async () => {
    const holders: Record<string, string> = { createOffenderAction: 'SENIOR_PROBATION_OFFICER', createContactAction: 'PROBATION_OFFICER', addAccessEntryAction: 'SENIOR_PROBATION_OFFICER', openBreakGlassAction: 'PROBATION_OFFICER', recordEnquiryAction: 'COSA_COORDINATOR' }
    expect(Object.keys(holders).sort()).toEqual(Object.keys(realisticInputs).sort())
    const answers: Record<string, string> = {}
    for (const [name, role] of Object.entries(holders)) {
      const caller = callers.find((c) => c.role === role)!
      signedIn.actor = caller.actor
      const answer = await callAction(actions.find((a) => a.name === name)!, realisticInputs[name]!(w, caller.offenderId))
      answers[name] = answer.kind === 'redirect' ? 'ok' : codeOf(answer)
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(holders).map((name) => [name, 'ok'])))
  })
})
