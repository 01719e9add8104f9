import 'server-only'
import { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import { isQuarter, type Quarter } from '../../lib/outcomes/quarters'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { keysetPage, type KeyColumn } from '../paging/keyset'
import { keysetParams } from '../paging/keyset.schemas'
import { authorize, offenderVisible, type Actor } from '../policy'
import { outcomeFilterFor } from './lead-scope'
import { queryReoffendingPeople } from './reoffending-query'

export const OUTCOME_PEOPLE_PAGE_SIZE = 25

/** The counts a lead may drill down from: the proven reoffending cohort of a quarter, and its reoffenders. */
export const drillMeasures = ['people', 'reoffenders'] as const

const ZDrill = z.object({
  quarter: z.string().refine(isQuarter, 'invalidQuarter').transform((q) => q as Quarter),
  measure: z.enum(drillMeasures, 'chooseOption'),
  ...keysetParams(z.uuid()),
})

// Surname, then CRN (unique), so the order is total and a boundary person names exactly one position.
const columns: KeyColumn<'lastName' | 'crn'>[] = [
  { key: 'lastName', dir: 'asc' },
  { key: 'crn', dir: 'asc' },
]

/**
 * The people behind one count of the proven reoffending table (issue 14, leads' item 3): the cohort of `quarter` or
 * its reoffenders, with the dashboard's filter (area forced to the lead's own, outcomeFilterFor), and of those only
 * the people the lead may already open (offenderVisible: their read scope, less Limited Access people they are
 * excluded from or not named for). How many were left out is not said: that count would itself disclose. Keyset
 * pages by surname. Each person listed is audited as a read (`outcomes.drillDown`, with the figure asked for).
 * Input: the filter fields plus `quarter`, `measure` and paging. Throws FORBIDDEN without `stats.viewOwn` (strategic
 * managers never reach a name), ZodError on bad input.
 */
export async function findOutcomePeople(actor: Actor, input: unknown) {
  authorize(actor, 'stats.viewOwn')
  const filter = outcomeFilterFor(actor, input)
  const query = ZDrill.parse(input)
  const ids = await queryReoffendingPeople(filter, query.quarter, query.measure)
  const where: Prisma.OffenderWhereInput = { AND: [{ id: { in: ids } }, offenderVisible(actor)] }
  const cursor = query.after ?? query.before
  const boundary = cursor ? await prisma.offender.findFirst({ where: { AND: [where, { id: cursor }] }, select: { lastName: true, crn: true } }) : null
  const [total, page] = await Promise.all([
    prisma.offender.count({ where }),
    keysetPage({
      columns,
      boundary,
      backwards: Boolean(query.before),
      size: OUTCOME_PEOPLE_PAGE_SIZE,
      find: ({ after, orderBy, take }) => prisma.offender.findMany({ where: after ? { AND: [where, after as Prisma.OffenderWhereInput] } : where, select: { id: true, crn: true, firstName: true, lastName: true }, orderBy, take }),
    }),
  ])
  const people = page.rows
  const detail = { ...filter, quarter: query.quarter, measure: query.measure }
  await recordAuditEach(prisma, actor, people.map((p) => ({ action: 'outcomes.drillDown' as const, subjectType: 'Offender', subjectId: p.id, offenderId: p.id, detail })))
  return { filter, query, total, pages: Math.max(1, Math.ceil(total / OUTCOME_PEOPLE_PAGE_SIZE)), people, hasNext: page.hasNext, hasPrevious: page.hasPrevious, firstId: people[0]?.id, lastId: people.at(-1)?.id }
}
