import { roleHas, type Permission } from '../../../src/server/policy/permissions'
import { actionPermissions } from './action-permissions'
import { codeOf, type Answer } from './actions'
import { realisticHolders } from './realistic-inputs'
import type { RoleCaller } from './role-actors'

// A no-JavaScript action answers every outcome with a redirect: its refusal says so in the address.
const refusedRedirect = /[?&]saved=0$/

/** FORBIDDEN, a refusal's redirect, `ok` for any other redirect or success, else the result's code. */
export function verdict(answer: Answer): string {
  if (answer.kind === 'redirect') return refusedRedirect.test(answer.url) ? 'FORBIDDEN' : 'ok'
  return codeOf(answer)
}

/**
 * Who submits an action's realistic input (issue 17, the suite): realisticHolders' role, else the first role holding
 * one of the action's permissions, else the officer. Output: that role's caller.
 */
export function holderOf(callers: RoleCaller[], name: string): RoleCaller {
  if (realisticHolders[name]) return callers.find((c) => c.role === realisticHolders[name])!
  const needs = actionPermissions[name]
  const holder = Array.isArray(needs) ? callers.find((c) => (needs as Permission[]).some((p) => roleHas(c.role, p))) : undefined
  return holder ?? callers.find((c) => c.role === 'PROBATION_OFFICER')!
}

/** The callers holding none of the action's permissions (none for an action open to any signed-in user). */
export function lacking(callers: RoleCaller[], name: string): RoleCaller[] {
  const needs = actionPermissions[name]
  return Array.isArray(needs) ? callers.filter((c) => !(needs as Permission[]).some((p) => roleHas(c.role, p))) : []
}

/** Whether an actor's roles hold one of the action's permissions (any signed-in user, for an action open to all). */
export function holdsPermission(roles: readonly string[], name: string): boolean {
  const needs = actionPermissions[name]
  return !Array.isArray(needs) || roles.some((role) => (needs as Permission[]).some((p) => roleHas(role as RoleCaller['role'], p)))
}
