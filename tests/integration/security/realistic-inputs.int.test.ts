import './request-mocks'
import { beforeAll, describe, expect, it } from 'vitest'
import { roleHas, type Permission } from '../../../src/server/policy/permissions'
import { buildWorld, type World } from '../../support/world'
import { actionPermissions } from './action-permissions'
import { callAction, codeOf, discoverActions, type DiscoveredAction } from './actions'
import { changedTables, databaseFingerprint } from './fingerprint'
import { realisticHolders, realisticInputs, withoutRealisticInput } from './realistic-inputs'
import { realisticRecords, type RealisticRecords } from './realistic-records'
import { callersByRole, type RoleCaller } from './role-actors'
import { signedIn } from './support'

// Issue 17, the suite that keeps it true: a refusal proves something only if the same submission would otherwise have
// been written. Each realistic input (a valid submission built from factories) is refused FORBIDDEN from every role
// lacking the action's permission with nothing written anywhere, and accepted from a role that holds it.
let w: World
let actions: DiscoveredAction[]
let callers: RoleCaller[]
let r: RealisticRecords
beforeAll(async () => {
  w = await buildWorld()
  actions = await discoverActions()
  callers = await callersByRole(w)
  r = await realisticRecords(w, callers)
})

// A no-JavaScript action answers every outcome with a redirect: its refusal says so in the address.
const refusedRedirect = /[?&]saved=0$/

/** FORBIDDEN, a refusal's redirect, `ok` for any other redirect or success, else the result's code. */
function verdict(answer: Awaited<ReturnType<typeof callAction>>): string {
  if (answer.kind === 'redirect') return refusedRedirect.test(answer.url) ? 'FORBIDDEN' : 'ok'
  return codeOf(answer)
}

/** Who submits the input: realisticHolders' role, else the first holding one of the action's permissions, else the officer. */
function holderOf(name: string): RoleCaller {
  if (realisticHolders[name]) return callers.find((c) => c.role === realisticHolders[name])!
  const needs = actionPermissions[name]
  const holder = Array.isArray(needs) ? callers.find((c) => (needs as Permission[]).some((p) => roleHas(c.role, p))) : undefined
  return holder ?? callers.find((c) => c.role === 'PROBATION_OFFICER')!
}

/** The roles holding none of the action's permissions (none for an action open to any signed-in user). */
function lacking(name: string): RoleCaller[] {
  const needs = actionPermissions[name]
  return Array.isArray(needs) ? callers.filter((c) => !(needs as Permission[]).some((p) => roleHas(c.role, p))) : []
}

describe('realistic inputs', () => {
  it('every action has one, or is on the shrinking list of those still without', () => {
    const names = actions.map((a) => a.name)
    const gaps = new Set(withoutRealisticInput)
    expect(names.filter((n) => !(n in realisticInputs) && !gaps.has(n))).toEqual([])
    expect(withoutRealisticInput.filter((n) => n in realisticInputs || !names.includes(n))).toEqual([])
  })

  it('from every role without the permission: refused FORBIDDEN, and nothing written anywhere', async () => {
    const failures: string[] = []
    for (const [name, build] of Object.entries(realisticInputs)) {
      const action = actions.find((a) => a.name === name)!
      const before = await databaseFingerprint()
      for (const caller of lacking(name)) {
        signedIn.actor = caller.actor
        const answer = await callAction(action, build(w, caller.offenderId, r))
        if (verdict(answer) !== 'FORBIDDEN') failures.push(`${name} as ${caller.role}: ${verdict(answer)}`)
      }
      const changed = changedTables(before, await databaseFingerprint())
      if (changed.length) failures.push(`${name}: a refused role wrote to ${changed.join(', ')}`)
    }
    expect(failures).toEqual([])
  }, 120_000)

  // Last: these writes are the point.
  it('from a role that holds the permission: accepted', async () => {
    const answers: Record<string, string> = {}
    for (const [name, build] of Object.entries(realisticInputs)) {
      const caller = holderOf(name)
      signedIn.actor = caller.actor
      const answer = await callAction(actions.find((a) => a.name === name)!, build(w, caller.offenderId, r))
      answers[name] = verdict(answer)
      if (answers[name] !== 'ok') console.info(name, JSON.stringify(answer.kind === 'result' ? answer.value : answer))
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(realisticInputs).map((name) => [name, 'ok'])))
  }, 120_000)
})
