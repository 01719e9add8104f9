import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid } from '../errors'
import { oneOpenAtATime } from '../one-open'
import { lockRow } from '../row-lock'
import { spokenList } from '../../lib/spoken-list'
import { authorize, rolesBarredAt, type Actor } from '../policy'
import { ZAgencyCreate, ZAgencyUpdate } from './agency.schemas'

export async function createAgency(actor: Actor, input: unknown) {
  authorize(actor, 'agency.manage')
  const data = ZAgencyCreate.parse(input)
  // Two creates of one code at once both pass the check; the index keeps one, the other hears "taken" (break test 27, D3).
  const taken = () => invalid('code', 'codeTaken')
  return oneOpenAtATime(['code'], taken, () => prisma.$transaction(async (tx) => {
    if (await tx.agency.findUnique({ where: { code: data.code }, select: { id: true } })) throw taken()
    const agency = await tx.agency.create({ data, select: { id: true } })
    await recordAudit(tx, actor, { action: 'agency.create', subjectType: 'Agency', subjectId: agency.id, detail: data })
    return agency
  }))
}

const NAMED = 5

/**
 * Deactivating an agency signs its users out at their next request (load-actor.ts checks agency.active). A change of
 * kind is refused while any user of the agency, active or not, holds a role that would not fit the new kind (break 65
 * F8, ADR 0030): VALIDATION on `kind`, `agencyKindLeavesRoles` naming them (`names`, by name), or, past five,
 * `agencyKindLeavesRolesMore` naming five and counting the rest (`count`; review 65b K1). The agency row is held first,
 * so a user saved meanwhile is checked against the kind that wins (review 65b B5).
 */
export async function updateAgency(actor: Actor, input: unknown) {
  authorize(actor, 'agency.manage')
  const { agencyId, version, ...data } = ZAgencyUpdate.parse(input)
  return prisma.$transaction(async (tx) => {
    await lockRow(tx, 'Agency', agencyId)
    const before = await tx.agency.findUnique({ where: { id: agencyId }, select: { kind: true } })
    if (before && before.kind !== data.kind) {
      const holding = { agencyId, roles: { hasSome: rolesBarredAt(data.kind) } }
      const misfits = await tx.user.findMany({ where: holding, select: { name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: NAMED + 1 })
      if (misfits.length) {
        const names = misfits.slice(0, NAMED).map((u) => u.name)
        if (misfits.length <= NAMED) throw invalid('kind', 'agencyKindLeavesRoles', { names: { en: spokenList(names, 'en'), cy: spokenList(names, 'cy') } })
        throw invalid('kind', 'agencyKindLeavesRolesMore', { names: names.join(', '), count: String((await tx.user.count({ where: holding })) - NAMED) })
      }
    }
    const { count } = await tx.agency.updateMany({ where: { id: agencyId, version }, data: { ...data, version: { increment: 1 } } })
    if (count === 0) throw (await tx.agency.count({ where: { id: agencyId } })) ? new AppError('CONFLICT') : new AppError('NOT_FOUND')
    await recordAudit(tx, actor, { action: 'agency.update', subjectType: 'Agency', subjectId: agencyId, detail: data })
    return { id: agencyId, version: version + 1 }
  })
}
