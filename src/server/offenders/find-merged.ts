import 'server-only'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, offenderVisible, type Actor } from '../policy'
import { typedCrn } from '../zod-fields'

export type TMergedInto = { mergedCrn: string; keptId: string; keptCrn: string }

const ZCrn = typedCrn()

/**
 * Where a record merged away has gone (issue 15 item 13): the surviving record, by the removed record's old id
 * (an old link) or old CRN (a search). Only when the actor may see the surviving record: anyone else gets null,
 * exactly as for an id or CRN that never existed. Telling a user is audited against the surviving record.
 */
async function mergedInto(actor: Actor, where: { mergedId: string } | { mergedCrn: string }): Promise<TMergedInto | null> {
  const row = await prisma.offenderMerge.findFirst({ where: { ...where, kept: offenderVisible(actor) }, select: { mergedCrn: true, keptId: true, kept: { select: { crn: true } } } })
  if (!row) return null
  await recordAudit(prisma, actor, { action: 'offender.mergedLookup', subjectType: 'Offender', subjectId: row.keptId, offenderId: row.keptId, detail: { merged: row.mergedCrn, kept: row.kept.crn } })
  return { mergedCrn: row.mergedCrn, keptId: row.keptId, keptCrn: row.kept.crn }
}

/** For a record page that answered NOT_FOUND: the record this id was merged into, or null. Input: any value. */
export async function findMergedById(actor: Actor, id: unknown): Promise<TMergedInto | null> {
  authorize(actor, 'offender.read')
  const parsed = z.uuid().safeParse(id)
  return parsed.success ? mergedInto(actor, { mergedId: parsed.data }) : null
}

/** For the person search: when the words typed are a merged record's CRN, the record it was merged into, or null. */
export async function findMergedByCrn(actor: Actor, q: unknown): Promise<TMergedInto | null> {
  authorize(actor, 'offender.search')
  const parsed = ZCrn.safeParse(q)
  return parsed.success ? mergedInto(actor, { mergedCrn: parsed.data }) : null
}
