import type { ZodError } from 'zod'
import type { Prisma } from '../../../src/generated/prisma/client'
import { todayInLondon } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { decideCandidate } from '../../../src/server/iom/panel'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import type { World } from '../../support/world'

const DAY = 86_400_000
export const day = (offset = 0) => new Date(`${todayInLondon()}T00:00:00Z`).getTime() + offset * DAY
/** A `YYYY-MM-DD` form value `offset` days from today in London. */
export const iso = (offset = 0) => new Date(day(offset)).toISOString().slice(0, 10)
export const dateOnly = (offset = 0) => new Date(day(offset))
export const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))

/** A sentence for the person: by default an active community order for shop theft, started two months ago. */
export function sentence(offenderId: string, data: Partial<Prisma.SentenceUncheckedCreateInput> = {}) {
  return prisma.sentence.create({
    data: { offenderId, type: 'COMMUNITY_ORDER', indexOffence: 'Theft from a shop', offenceCategory: 'ACQUISITIVE', startDate: dateOnly(-60), expectedEndDate: dateOnly(300), ...data },
  })
}

/** Scores near the top of the scale, so these people lead any candidate list whatever else the database holds. */
export const setOgrs = (offenderId: string, ogrs3Year2: number | null) => prisma.riskProfile.update({ where: { offenderId }, data: { ogrs3Year2 } })

export function cohort(w: World, data: Partial<Prisma.IomCohortUncheckedCreateInput> = {}) {
  return prisma.iomCohort.create({
    data: { region: 'SOUTH_WALES', strand: 'FIXED', name: `Fixed ${w.tag}`, offenceTypes: ['ACQUISITIVE'], minConvictions: 1, lookbackMonths: 12, minOgrs: 90, createdById: w.staff.police.id, ...data },
  })
}

/** The snapshot of a panel form drawn before any decision was recorded: every decision is one made since it. */
export const DRAWN_FIRST = '1:1:'

export const panel = (w: World, cohortId: string, offenderId: string, extra: Record<string, unknown> = {}) => ({
  cohortId,
  offenderId,
  drawnAs: DRAWN_FIRST,
  decision: 'SELECT',
  panelOn: iso(-1),
  panelists: 'South Wales Police, Probation, Cardiff Council',
  reason: 'Prolific shop theft; agrees to work with the team.',
  policeLeadId: w.staff.police.id,
  probationLeadId: w.staff.officer.id,
  rag: 'AMBER',
  ragReason: 'Engaging but still using.',
  ...extra,
})

/** Selects the person into the cohort through the panel, as police do, and answers the new member. */
export async function select(w: World, actor: Actor, cohortId: string, offenderId: string, extra: Record<string, unknown> = {}) {
  const { memberId } = await decideCandidate(actor, panel(w, cohortId, offenderId, extra))
  return prisma.iomMember.findUniqueOrThrow({ where: { id: memberId! } })
}
