import { prisma } from '../../../src/server/db'
import type { Role } from '../../../src/generated/prisma/enums'
import { roles } from '../../../src/server/policy/permissions'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import type { World } from '../../support/world'

/** One caller per role of the permission matrix, and a person in that caller's own record scope (or any, if none). */
export type RoleCaller = { role: Role; actor: Actor; offenderId: string }

/**
 * A caller for EVERY role in permissions.ts (the world has no COSA coordinator or partner caseworker, so they are made
 * here in agencies of their own kind): a role added to the matrix without a caller here fails `callersByRole`.
 * Output: one caller per role, in the matrix's order. Errors: a role with no caller.
 */
export async function callersByRole(w: World): Promise<RoleCaller[]> {
  const agency = (kind: 'THIRD_SECTOR' | 'LOCAL_AUTHORITY') =>
    prisma.agency.create({ data: { code: `${kind}-${w.tag}`.toUpperCase(), name: `${kind} ${w.tag}`, kind } })
  const user = async (name: string, role: Role, agencyId: string) =>
    actorOf(await prisma.user.create({ data: { email: `${name}-${w.tag}@llwybr.test`, name, roles: [role], agencyId } }))
  const byRole: Partial<Record<Role, { actor: Actor; offenderId: string }>> = {
    PROBATION_OFFICER: { actor: w.actors.officer, offenderId: w.people.mine.id },
    SENIOR_PROBATION_OFFICER: { actor: w.actors.senior, offenderId: w.people.mine.id },
    POLICE_OFFENDER_MANAGER: { actor: w.actors.police, offenderId: w.people.mappaCardiff.id },
    MAPPA_COORDINATOR: { actor: w.actors.mappa, offenderId: w.people.mappaCardiff.id },
    COSA_COORDINATOR: { actor: await user('cosa-coordinator', 'COSA_COORDINATOR', (await agency('THIRD_SECTOR')).id), offenderId: w.people.mine.id },
    COSA_VOLUNTEER: { actor: w.actors.volunteer, offenderId: w.people.mine.id },
    PARTNER_CASEWORKER: { actor: await user('partner', 'PARTNER_CASEWORKER', (await agency('LOCAL_AUTHORITY')).id), offenderId: w.people.mine.id },
    STRATEGIC_MANAGER: { actor: w.actors.manager, offenderId: w.people.mine.id },
    SYSTEM_ADMINISTRATOR: { actor: w.actors.admin, offenderId: w.people.mine.id },
    DATA_PROTECTION_LEAD: { actor: w.actors.dataProtectionLead, offenderId: w.people.mine.id },
  }
  return roles.map((role) => {
    const caller = byRole[role]
    if (!caller) throw new Error(`no caller for role ${role}: add one to role-actors.ts`)
    return { role, ...caller }
  })
}
