import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { notFound } from '../errors'
import { ZOffenderId } from '../offenders/offender.schemas'
import { authorize, offenderVisibleByRole, type Actor } from '../policy'

/**
 * The person a subject access export may be made for (issue 17): `subjectAccess.export` first, then the actor's
 * role scope and Limited Access lists, so an excluded or out-of-scope person is NOT_FOUND. A break-glass opening
 * does not count: it is for urgent reading, and a subject access request is planned work for the person's own team.
 * @returns { id, crn, firstName, lastName, responsibleAgencyId }
 * @throws FORBIDDEN without the permission; NOT_FOUND for a bad id, a person out of scope or kept from the actor
 */
export async function findSubjectAccessTarget(db: Pick<Tx, 'offender'>, actor: Actor, id: unknown) {
  authorize(actor, 'subjectAccess.export')
  const parsed = ZOffenderId.safeParse(id)
  if (!parsed.success) throw notFound()
  const person = await db.offender.findFirst({ where: { AND: [{ id: parsed.data }, offenderVisibleByRole(actor)] }, select: { id: true, crn: true, firstName: true, lastName: true, responsibleAgencyId: true } })
  if (!person) throw notFound()
  return person
}

/**
 * The person named on the subject access page (issue 17), checked as findSubjectAccessTarget and audited as a view
 * of the record (security.md LG-1: the page shows their name and CRN).
 */
export async function getSubjectAccessTarget(actor: Actor, id: unknown) {
  const person = await findSubjectAccessTarget(prisma, actor, id)
  await recordAudit(prisma, actor, { action: 'offender.view', subjectType: 'Offender', subjectId: person.id, offenderId: person.id })
  return person
}
