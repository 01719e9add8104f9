import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { parseScheme, ZSchemeVersion } from './scheme.schemas'

type Parsed = ReturnType<typeof parseScheme>

/** The target a scheme serves must exist (and a COSA provider be third sector): a VALIDATION on that field if not. */
async function checkTarget(tx: Tx, { data }: Parsed) {
  const found = data.providerAgencyId
    ? await tx.agency.count({ where: { id: data.providerAgencyId, kind: 'THIRD_SECTOR' } })
    : data.iomCohortId
      ? await tx.iomCohort.count({ where: { id: data.iomCohortId } })
      : await tx.partnerService.count({ where: { id: data.partnerServiceId ?? undefined } })
  const field = data.providerAgencyId ? 'providerAgencyId' : data.iomCohortId ? 'iomCohortId' : 'partnerServiceId'
  if (!found) throw invalid(field, 'chooseOption')
}

const audited = (s: Parsed) => ({ ...s.data, fundings: s.fundings.map((f) => ({ ...f, startsOn: f.startsOn.toISOString().slice(0, 10), endsOn: f.endsOn.toISOString().slice(0, 10) })) })

/**
 * Sets up a commissioned scheme with its funding periods (issue 14 item A), in one transaction with its audit row.
 * Input: the scheme form (parseScheme). Throws FORBIDDEN without `scheme.manage`, ZodError or VALIDATION on bad fields.
 */
export async function createScheme(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'scheme.manage')
  const s = parseScheme(input)
  return prisma.$transaction(async (tx) => {
    await checkTarget(tx, s)
    const scheme = await tx.commissionedScheme.create({ data: { ...s.data, fundings: { create: s.fundings } }, select: { id: true } })
    await recordAudit(tx, actor, { action: 'scheme.create', subjectType: 'CommissionedScheme', subjectId: scheme.id, detail: audited(s) })
    return scheme
  })
}

/**
 * Changes a scheme at the version the administrator saw (someone else's change in between is a CONFLICT) and
 * replaces its funding periods as a whole, so a half-edited set of periods is never saved. Audited with the result.
 */
export async function updateScheme(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'scheme.manage')
  const { schemeId, version } = ZSchemeVersion.parse(input)
  const s = parseScheme(input)
  return prisma.$transaction(async (tx) => {
    await checkTarget(tx, s)
    const { count } = await tx.commissionedScheme.updateMany({ where: { id: schemeId, version }, data: { ...s.data, version: { increment: 1 } } })
    if (count === 0) throw (await tx.commissionedScheme.count({ where: { id: schemeId } })) ? new AppError('CONFLICT') : notFound()
    await tx.schemeFunding.deleteMany({ where: { schemeId } })
    await tx.schemeFunding.createMany({ data: s.fundings.map((f) => ({ ...f, schemeId })) })
    await recordAudit(tx, actor, { action: 'scheme.update', subjectType: 'CommissionedScheme', subjectId: schemeId, detail: audited(s) })
    return { id: schemeId }
  })
}
