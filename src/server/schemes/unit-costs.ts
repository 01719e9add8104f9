import 'server-only'
import { offenceCategories } from '../iom/iom-fields'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { outcomeReach } from '../outcomes/lead-scope'
import { ZUnitCost } from './unit-cost.schemas'

const select = { category: true, costPence: true, source: true, sourceCy: true, priceYear: true, version: true, updatedAt: true } as const

/** Every offence category's unit cost of crime, in the categories' order, for the administrators' screen. */
export async function findUnitCosts(actor: Actor) {
  authorize(actor, 'unitCost.manage')
  const rows = await prisma.crimeUnitCost.findMany({ select })
  return offenceCategories.flatMap((c) => rows.filter((r) => r.category === c))
}

/**
 * Changes one category's unit cost, source and price year (issue 14 "IOM"), at the version the administrator saw
 * (CONFLICT if someone changed it since), audited with the old and new values in the same transaction. The IOM
 * cost-of-crime figures use the new cost from then on, for every period (they are computed on request). The values
 * already recorded are refused (`_form` nothingChanged: break 56 F6, a new version and "saved" for no change).
 */
export async function updateUnitCost(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'unitCost.manage')
  const { category, version, cost, source, sourceCy, priceYear } = ZUnitCost.parse(input)
  return prisma.$transaction(async (tx) => {
    const before = await tx.crimeUnitCost.findUnique({ where: { category }, select })
    if (!before) throw notFound()
    if (before.version === version && before.costPence === cost && before.source === source && before.sourceCy === sourceCy && before.priceYear === priceYear) throw invalid('_form', 'nothingChanged')
    const { count } = await tx.crimeUnitCost.updateMany({ where: { category, version }, data: { costPence: cost, source, sourceCy, priceYear, version: { increment: 1 } } })
    if (count === 0) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: 'unitCost.update', subjectType: 'CrimeUnitCost', subjectId: category, detail: { before: { costPence: before.costPence, source: before.source, sourceCy: before.sourceCy, priceYear: before.priceYear }, after: { costPence: cost, source, sourceCy, priceYear } } })
    return { id: category }
  })
}

/**
 * The unit costs the IOM cost-of-crime figures use, with source and price year, in the categories' order, for the
 * board pack (issue 14 "IOM": the reference data's source and price year go with the figures). Reference data, not
 * about anyone, but only for readers of the outcome figures: FORBIDDEN otherwise (outcomeReach).
 */
export async function unitCostSources(actor: Actor) {
  outcomeReach(actor)
  const rows = await prisma.crimeUnitCost.findMany({ select: { category: true, costPence: true, source: true, sourceCy: true, priceYear: true } })
  return offenceCategories.flatMap((c) => rows.filter((r) => r.category === c))
}
