import { randomUUID } from 'node:crypto'
import type { World } from '../../support/world'
import { formOf } from './support'

type Build = (w: World, offenderId: string) => FormData

/**
 * Valid submissions for the actions where a generic form would stop at parsing: with these, only the permission
 * stands between a refused role and a write (issue 17, the suite). `every-action-every-role` proves each is accepted
 * from a role that holds the permission, so they stay realistic as the schemas change. Keyed by action name.
 */
export const realisticInputs: Record<string, Build> = {
  createOffenderAction: () =>
    formOf({ firstName: 'Rhys', lastName: `Realistic${randomUUID().slice(0, 8)}`, dateOfBirth: '1988-03-14', sex: 'MALE', confirmedNotDuplicate: 'on', idempotencyKey: randomUUID() }),
  createContactAction: (_w, offenderId) =>
    formOf({ offenderId, type: 'CASE_NOTE', occurredAt: '2026-11-30T10:00', notes: 'Discussed accommodation', idempotencyKey: randomUUID() }),
  addAccessEntryAction: (w, offenderId) => formOf({ offenderId, kind: 'EXCLUSION', userId: w.staff.northOfficer.id, reason: 'Lives next door' }),
  openBreakGlassAction: (w) => formOf({ target: w.people.north.id, reason: 'Called by the court duty officer about tomorrow' }),
  recordEnquiryAction: () =>
    formOf({ firstName: 'Gwen', lastName: 'Volunteer', email: `gwen-${randomUUID().slice(0, 8)}@example.org`, dateOfBirth: '1970-01-01', homeArea: 'Cardiff', welshSpeaker: 'on', skills: 'listening' }),
}
