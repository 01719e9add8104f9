import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { authorize, offenderReadScope, type Actor } from '../policy'
import { listOffenderRows } from './list-offender-rows'
import { ZCaseloadQuery } from './offender.schemas'

const isProbation = (a: Actor) => a.roles.some((r) => r === 'PROBATION_OFFICER' || r === 'SENIOR_PROBATION_OFFICER')

function viewFilter(actor: Actor, view: 'mine' | 'team'): Prisma.OffenderWhereInput {
  if (view === 'team') {
    authorize(actor, 'caseload.viewTeam')
    return actor.teamId ? { teamId: actor.teamId } : { id: { in: [] } }
  }
  // Offender managers see their allocation; police and MAPPA roles their whole scope (cohort / nominals).
  return isProbation(actor) ? { offenderManagerId: actor.userId } : {}
}

const orderings: Record<string, (dir: 'asc' | 'desc') => Prisma.OffenderOrderByWithRelationInput[]> = {
  name: (dir) => [{ lastName: dir }, { firstName: dir }, { crn: 'asc' }],
  crn: (dir) => [{ crn: dir }],
  rosh: (dir) => [{ riskProfile: { overallRosh: dir } }, { lastName: 'asc' }, { crn: 'asc' }],
}

/** The home caseload: always inside the actor's read scope; limited-access people come back redacted. */
export async function findCaseload(actor: Actor, input: unknown) {
  authorize(actor, 'caseload.view')
  const query = ZCaseloadQuery.parse(input)
  const where: Prisma.OffenderWhereInput = { AND: [offenderReadScope(actor), viewFilter(actor, query.view)] }
  const page = await listOffenderRows(actor, {
    where,
    orderBy: orderings[query.sort]!(query.dir),
    page: query.page,
    audit: (total) => ({ action: 'caseload.view', subjectType: 'Caseload', detail: { view: query.view, page: query.page, total } }),
  })
  return { query, ...page }
}
