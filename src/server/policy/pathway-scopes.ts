import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { can } from './can'
import { nothing, offenderVisible, offenderWritable } from './scopes'

/**
 * People whose restricted pathways this actor may read in full: those whose record they may change and whose pathways
 * they manage (the offender manager, seniors over the case). Police and MAPPA staff who may add contacts to a record
 * do not manage its pathways, so a women's pathway stays closed to them (domain.md "The nine pathways").
 */
export const restrictedPathwayReaders = (actor: Actor): Prisma.OffenderWhereInput => (can(actor, 'pathway.update') ? offenderWritable(actor) : nothing)

/** Pathway assessments the actor may read in full: the person visible, and the pathway unrestricted or theirs to manage. */
export const pathwayAssessmentReadable = (actor: Actor): Prisma.PathwayAssessmentWhereInput => ({
  offender: offenderVisible(actor),
  OR: [{ restricted: false }, { offender: restrictedPathwayReaders(actor) }],
})
