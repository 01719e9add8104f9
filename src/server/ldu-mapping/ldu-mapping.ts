import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZLduCreate, ZLduOfAuthority, ZLduRemove, ZLduRename } from './ldu-mapping.schemas'

/** The agencies an LDU may belong to: probation providers (an LDU is a probation Local Delivery Unit). */
const probationKinds = ['NPS', 'CRC'] as const

/**
 * The reference data the outcome breakdowns by force, LDU and local authority rest on (issue 14 "Breakdowns";
 * ADR 0019 area levels), for the administrators' screen: every local authority with its force area and LDU (null
 * where none is recorded), every LDU with its force area and provider, and the active probation providers a new LDU
 * may belong to; each sorted by name. Reference data about no one: not audited as a read. FORBIDDEN without
 * `ldu.manage`.
 */
export async function findLduMapping(actor: Actor) {
  authorize(actor, 'ldu.manage')
  const [authorities, ldus, providers] = await Promise.all([
    prisma.localAuthority.findMany({ select: { id: true, code: true, name: true, nameCy: true, region: true, lduId: true }, orderBy: { name: 'asc' } }),
    prisma.area.findMany({ where: { kind: 'LDU' }, select: { id: true, code: true, name: true, nameCy: true, region: true, agency: { select: { name: true, nameCy: true } } }, orderBy: { name: 'asc' } }),
    prisma.agency.findMany({ where: { kind: { in: [...probationKinds] }, active: true }, select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
  ])
  return { authorities, ldus, providers }
}

/**
 * Puts a local authority in an LDU (issue 14: breakdowns by LDU and local authority). Input: ZLduOfAuthority.
 * Rules: the LDU exists (else VALIDATION `chooseOption` on lduId) and is in the authority's force area (else
 * `lduOtherRegion`: an LDU is a union of whole authorities of one force, ADR 0019, so the force's total stays the
 * sum of its LDUs); the authority still has the LDU the form showed (else CONFLICT); NOT_FOUND for an unknown
 * authority. Audited (`ldu.mapping.update`, before and after) in the same transaction. Output: { id } of the
 * authority. The outcome figures read the new mapping from their next refresh (ADR 0018, 0026). The LDU it is
 * already in is refused (`_form` nothingChanged: walk 56 N1, "saved" and audited for no change).
 */
export async function changeLduOfAuthority(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'ldu.manage')
  const { localAuthorityId, lduId, seenLduId } = ZLduOfAuthority.parse(input)
  return prisma.$transaction(async (tx) => {
    const authority = await tx.localAuthority.findUnique({ where: { id: localAuthorityId }, select: { region: true } })
    if (!authority) throw new AppError('NOT_FOUND')
    if (lduId === seenLduId) throw (await tx.localAuthority.count({ where: { id: localAuthorityId, lduId } })) ? invalid('_form', 'nothingChanged') : new AppError('CONFLICT')
    const ldu = await tx.area.findFirst({ where: { id: lduId, kind: 'LDU' }, select: { region: true } })
    if (!ldu) throw invalid('lduId', 'chooseOption')
    if (ldu.region !== authority.region) throw invalid('lduId', 'lduOtherRegion')
    // Written only where the authority still has the LDU the administrator saw: no lost update, no lock needed.
    const { count } = await tx.localAuthority.updateMany({ where: { id: localAuthorityId, lduId: seenLduId }, data: { lduId } })
    if (count === 0) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: 'ldu.mapping.update', subjectType: 'LocalAuthority', subjectId: localAuthorityId, detail: { before: { lduId: seenLduId }, after: { lduId } } })
    return { id: localAuthorityId }
  })
}

/**
 * Refuses an LDU name (English or Welsh, any case) that another LDU already has, on the field that clashes: two LDUs
 * of one name could not be told apart in any list or breakdown (walk 28 D2, break 28 D3). LDU names are not unique in
 * the schema, so the check holds a transaction lock on LDU names first: two adds or renames at once run one after the
 * other. Errors: VALIDATION `lduNameTaken` on `name` or `nameCy`.
 */
async function refuseTakenName(tx: Tx, names: { name: string; nameCy: string | null }, exceptId?: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('llwybr:ldu-names'))`
  const others = await tx.area.findMany({ where: { kind: 'LDU', ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true, nameCy: true } })
  const taken = new Set(others.flatMap((o) => [o.name, o.nameCy]).filter((n): n is string => Boolean(n)).map((n) => n.toLocaleLowerCase('cy')))
  if (taken.has(names.name.toLocaleLowerCase('cy'))) throw invalid('name', 'lduNameTaken')
  if (names.nameCy && taken.has(names.nameCy.toLocaleLowerCase('cy'))) throw invalid('nameCy', 'lduNameTaken')
}

/**
 * Adds a probation LDU (issue 14 reference data). Input: ZLduCreate. Rules: the code is not another area's (else
 * VALIDATION `lduCodeTaken`, also when two are added at once) and its names no other LDU's (`lduNameTaken`); the provider is an active probation agency (NPS or
 * CRC; else `chooseOption` on agencyId). Audited (`ldu.create`, with what was recorded). Output: { id }.
 */
export async function createLdu(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'ldu.manage')
  const data = ZLduCreate.parse(input)
  try {
    return await prisma.$transaction(async (tx) => {
      const provider = await tx.agency.findFirst({ where: { id: data.agencyId, kind: { in: [...probationKinds] }, active: true }, select: { id: true } })
      if (!provider) throw invalid('agencyId', 'chooseOption')
      if (await tx.area.findUnique({ where: { code: data.code }, select: { id: true } })) throw invalid('code', 'lduCodeTaken')
      await refuseTakenName(tx, data)
      const ldu = await tx.area.create({ data: { ...data, kind: 'LDU' }, select: { id: true } })
      await recordAudit(tx, actor, { action: 'ldu.create', subjectType: 'Area', subjectId: ldu.id, detail: data })
      return ldu
    })
  } catch (e) {
    // The unique code decides between two adds of the same code at once: the second is told, not given a 500.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw invalid('code', 'lduCodeTaken')
    throw e
  }
}

// A rename to the names the form showed: nothing to save if the LDU still has them, else someone renamed it since.
async function refuseUnchangedName(tx: Tx, lduId: string, names: { name: string; nameCy: string | null }): Promise<never> {
  const ldu = await tx.area.findFirst({ where: { id: lduId, kind: 'LDU' }, select: { name: true, nameCy: true } })
  if (!ldu) throw new AppError('NOT_FOUND')
  throw ldu.name === names.name && ldu.nameCy === names.nameCy ? invalid('_form', 'nothingChanged') : new AppError('CONFLICT')
}

/**
 * Renames an LDU in English and Welsh (issue 14 reference data). Input: ZLduRename. Rules: the LDU still has the
 * names the form showed (else CONFLICT) and the new names are no other LDU's (`lduNameTaken`); NOT_FOUND for an unknown LDU. Audited (`ldu.rename`, before and after).
 * The names it already has are refused (`_form` nothingChanged). Output: { id }.
 */
export async function renameLdu(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'ldu.manage')
  const { lduId, name, nameCy, seenName, seenNameCy } = ZLduRename.parse(input)
  return prisma.$transaction(async (tx) => {
    if (name === seenName && nameCy === seenNameCy) await refuseUnchangedName(tx, lduId, { name, nameCy })
    await refuseTakenName(tx, { name, nameCy }, lduId)
    const { count } = await tx.area.updateMany({ where: { id: lduId, kind: 'LDU', name: seenName, nameCy: seenNameCy }, data: { name, nameCy } })
    if (count === 0) throw new AppError((await tx.area.count({ where: { id: lduId, kind: 'LDU' } })) ? 'CONFLICT' : 'NOT_FOUND')
    await recordAudit(tx, actor, { action: 'ldu.rename', subjectType: 'Area', subjectId: lduId, detail: { before: { name: seenName, nameCy: seenNameCy }, after: { name, nameCy } } })
    return { id: lduId }
  })
}

/**
 * Removes an LDU that nothing refers to: one added in error, such as a second "Gwent" (walk 28; issue 14 reference
 * data). Input: ZLduRemove (the LDU and the name the form showed). Rules: every refusal at once, each its own
 * `_form` line naming the LDU: it still covers local authorities (`lduRemoveAuthorities`: move them on this screen
 * first), is the area of teams (`lduRemoveTeams`), people (`lduRemovePeople`) or IOM cohorts (`lduRemoveCohorts`),
 * or is named by allocation history or the outcome figures, which must keep it (`lduRemoveHistory`: renaming is the
 * remedy for a wrong name). Errors: NOT_FOUND for an unknown LDU; CONFLICT when it was renamed since the form was
 * shown. The LDU's row is locked first, so a change that would put something in it meanwhile waits and is counted.
 * Audited (`ldu.remove`, with its code, names, force area and provider). Output: { id } of the removed LDU.
 */
export async function removeLdu(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'ldu.manage')
  const { lduId, seenName } = ZLduRemove.parse(input)
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT id FROM "Area" WHERE id = ${lduId}::uuid FOR UPDATE`
    const ldu = await tx.area.findFirst({ where: { id: lduId, kind: 'LDU' }, select: { code: true, name: true, nameCy: true, region: true, agencyId: true } })
    if (!ldu) throw new AppError('NOT_FOUND')
    if (ldu.name !== seenName) throw new AppError('CONFLICT')
    const [authorities, teams, people, cohorts, allocations, facts] = await Promise.all([
      tx.localAuthority.count({ where: { lduId } }),
      tx.team.count({ where: { areaId: lduId } }),
      tx.offender.count({ where: { lduId } }),
      tx.iomCohort.count({ where: { lduId } }),
      tx.offenderAllocation.count({ where: { lduId } }),
      tx.outcomeFact.count({ where: { lduId } }),
    ])
    const refusals = [
      authorities && 'lduRemoveAuthorities', teams && 'lduRemoveTeams', people && 'lduRemovePeople', cohorts && 'lduRemoveCohorts', (allocations || facts) && 'lduRemoveHistory',
    ].filter((k): k is string => Boolean(k))
    if (refusals.length) throw invalid('_form', refusals, { ldu: { en: ldu.name, cy: ldu.nameCy } })
    await tx.area.delete({ where: { id: lduId } })
    await recordAudit(tx, actor, { action: 'ldu.remove', subjectType: 'Area', subjectId: lduId, detail: ldu })
    return { id: lduId }
  })
}
